import { beforeEach, describe, expect, it, vi } from "vitest";
import { createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";

// Real services and database; next-auth's cookie and Next's revalidation need a browser and a server.
const session = vi.hoisted(() => ({ actor: null as Actor }));
vi.mock("../auth/session", () => ({ requireSessionActor: () => Promise.resolve(session.actor) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { saveSettingsAction } = await import("./actions");
const { deletePageAction, savePageAction } = await import("../pages/actions");

const actorOf = (user: { id: number; email: string; isAdmin?: boolean }): NonNullable<Actor> => ({
  id: user.id,
  email: user.email,
  isAdmin: Boolean(user.isAdmin),
  isSuperAdmin: false,
});
const FORM = { appName: "EventHub", tagline: "", supportUrl: "", githubUrl: "https://github.com/example" };

beforeEach(async () => {
  session.actor = actorOf(await createUser({ isAdmin: true }));
});

describe("settings action", () => {
  it("saves the form (empty fields are none) for admins", async () => {
    expect(await saveSettingsAction(FORM)).toEqual({ ok: true });
    expect(await db.setting.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ appName: "EventHub", tagline: null, supportUrl: null, githubUrl: "https://github.com/example" });
  });

  it("answers bad values beside their fields and a user who is not an admin at form level; nothing changes", async () => {
    const before = await db.setting.findUnique({ where: { id: 1 } });
    expect(await saveSettingsAction({ ...FORM, appName: "", supportUrl: "javascript:alert(1)" })).toEqual({
      ok: false,
      fieldErrors: { appName: "The platform needs a name", supportUrl: "Must be an http(s) URL" },
    });
    session.actor = actorOf(await createUser());
    expect(await saveSettingsAction({ ...FORM, appName: "Mine" })).toEqual({ ok: false, formError: "Only administrators may change the settings", fieldErrors: {} });
    expect(await db.setting.findUnique({ where: { id: 1 } })).toEqual(before);
  });
});

describe("page actions", () => {
  const page = { name: "About", title: "", url: "about-us", description: "<p>Hi<img src=x onerror=alert(1)></p>", place: "footer", language: "", index: 0 };

  it("create, save and delete a page; the content is stored sanitized", async () => {
    const created = await savePageAction(undefined, page);
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await db.page.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ name: "About", title: null, url: "about-us", description: "<p>Hi</p>", place: "footer" });
    expect(await savePageAction(created.data.id, { ...page, name: "About us" })).toEqual({ ok: true, data: { id: created.data.id } });
    expect(await deletePageAction(created.data.id)).toEqual({ ok: true });
    expect(await db.page.count({ where: { id: created.data.id } })).toBe(0);
  });

  it("answer a taken URL and bad values beside their fields, a missing page at form level", async () => {
    await db.page.create({ data: { name: "Terms", url: "terms" } });
    expect(await savePageAction(undefined, { ...page, url: "terms" })).toEqual({ ok: false, fieldErrors: { url: "Another page has this URL" } });
    const refused = await savePageAction(undefined, { ...page, name: " ", url: "Not a path!" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { name: "Name is required", url: "Use lower-case letters, digits and dashes (e.g. privacy-policy)" } });
    expect(await deletePageAction(987654)).toEqual({ ok: false, formError: "This page does not exist any more.", fieldErrors: {} });
  });
});
