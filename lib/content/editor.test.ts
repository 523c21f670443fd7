import { describe, expect, it } from "vitest";
import { createEvent, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { actionFailure } from "../forms/action-result";
import { deleteContent, getEditorData, reorderContent, saveContent } from "./editor";

const actorOf = (user: { id: number; email: string }): NonNullable<Actor> => ({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });

async function organizerEvent() {
  const owner = actorOf(await createUser());
  const event = await createEvent({ owner, timezone: "Asia/Tokyo" });
  return { owner, event };
}

const ticket = {
  name: "Standard",
  description: "",
  type: "paid",
  price: 25,
  quantity: 100,
  minOrder: 1,
  maxOrder: 10,
  salesStartsAt: "2031-01-01T00:00:00.000Z",
  salesEndsAt: "2031-02-01T00:00:00.000Z",
  isHidden: false,
  position: 0,
};

describe("content editor actions", () => {
  it("creates and edits a ticket, and answers every broken rule beside its field", async () => {
    const { owner, event } = await organizerEvent();
    const created = await saveContent(owner, "tickets", event.identifier, null, ticket);
    expect(created).toMatchObject({ ok: true, data: { name: "Standard", type: "paid", price: 25, salesStartsAt: new Date(ticket.salesStartsAt) } });
    const id = (created as { data: { id: number } }).data.id;

    // Field errors first (zod runs cross-field rules only on otherwise valid rows, as the API does) …
    expect(await saveContent(owner, "tickets", event.identifier, id, { ...ticket, name: " ", quantity: undefined })).toEqual({
      ok: false,
      fieldErrors: { name: "Name is required", quantity: "Required" },
    });
    // … then every broken rule, each beside its field.
    expect(
      await saveContent(owner, "tickets", event.identifier, id, {
        ...ticket,
        price: 0,
        minOrder: 5,
        maxOrder: 2,
        salesEndsAt: "2030-12-01T00:00:00.000Z",
      }),
    ).toEqual({
      ok: false,
      fieldErrors: {
        salesEndsAt: "Sales must end after they start",
        price: "A paid ticket needs a price above 0",
        maxOrder: "Must not be less than the minimum order",
      },
    });
    // Nothing was changed by the refused save.
    expect(await db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Standard", minOrder: 1 });

    const edited = await saveContent(owner, "tickets", event.identifier, id, { ...ticket, name: "Early bird", type: "free", price: 0 });
    expect(edited).toMatchObject({ ok: true, data: { id, name: "Early bird", type: "free", price: 0 } });
  });

  it("validates sponsors and social links with the API's schemas", async () => {
    const { owner, event } = await organizerEvent();
    expect(
      await saveContent(owner, "sponsors", event.identifier, null, { name: "ACME", url: "ftp://acme", level: Number.NaN, logoUrl: "", position: 0 }),
    ).toEqual({ ok: false, fieldErrors: { url: "Must be an http(s) URL", level: "Must be a number" } });
    expect(await saveContent(owner, "social-links", event.identifier, null, { name: "Mastodon", link: "not a link" })).toEqual({
      ok: false,
      fieldErrors: { link: "Must be an http(s) URL" },
    });
  });

  it("reorders and deletes sponsors", async () => {
    const { owner, event } = await organizerEvent();
    const ids: number[] = [];
    for (const [position, name] of ["Gold", "Silver", "Bronze"].entries()) {
      const result = await saveContent(owner, "sponsors", event.identifier, null, { name, level: 0, position });
      if (!result.ok) throw new Error("expected the sponsor to be saved");
      ids.push(result.data.id);
    }
    const [gold, silver, bronze] = ids as [number, number, number];
    expect(await reorderContent(owner, "sponsors", event.identifier, [bronze, gold, silver])).toEqual({ ok: true, data: undefined });
    expect((await getEditorData(owner, "sponsors", event.identifier)).items.map((item) => item.name)).toEqual(["Bronze", "Gold", "Silver"]);
    expect(await reorderContent(owner, "sponsors", event.identifier, [bronze, gold])).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "The list changed meanwhile; reload the page and try again.",
    });

    expect(await deleteContent(owner, "sponsors", event.identifier, gold)).toEqual({ ok: true, data: undefined });
    expect((await getEditorData(owner, "sponsors", event.identifier)).items.map((item) => item.name)).toEqual(["Bronze", "Silver"]);
  });

  it("answers NOT_FOUND as a form message to strangers and for rows of another event", async () => {
    const { owner, event } = await organizerEvent();
    const other = await organizerEvent();
    const created = await saveContent(other.owner, "social-links", other.event.identifier, null, { name: "Web", link: "https://example.test" });
    if (!created.ok) throw new Error("expected the link to be saved");
    const notFound = {
      ok: false,
      fieldErrors: {},
      formError: "This social link or its event does not exist, or you may not change it.",
    };
    // The stranger organizes another event; the row belongs to another event than the one named.
    expect(await saveContent(owner, "social-links", other.event.identifier, null, { name: "X", link: "https://x.test" })).toEqual(notFound);
    expect(await saveContent(owner, "social-links", event.identifier, created.data.id, { name: "X", link: "https://x.test" })).toEqual(notFound);
    expect(await deleteContent(owner, "social-links", event.identifier, created.data.id)).toEqual(notFound);
    await expect(getEditorData(owner, "social-links", other.event.identifier)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.socialLink.count({ where: { eventId: other.event.id, deletedAt: null } })).toBe(1);
  });
});

describe("the form field of a service error", () => {
  it("is the attribute or relationship it names; a member of the document that is no field is form-level", () => {
    expect(actionFailure(new AppError("UNPROCESSABLE", "Must be after the start of sales", { field: "salesEndsAt" }))).toEqual({
      ok: false,
      fieldErrors: { salesEndsAt: "Must be after the start of sales" },
    });
    expect(actionFailure(new AppError("UNPROCESSABLE", "No such room", { relationship: "microlocation" }))).toEqual({
      ok: false,
      fieldErrors: { microlocation: "No such room" },
    });
    expect(actionFailure(new AppError("CONFLICT", "data.id does not match", { pointer: "/data/id" }))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "data.id does not match",
    });
    expect(actionFailure(new AppError("CONFLICT", "Taken"))).toEqual({ ok: false, fieldErrors: {}, formError: "Taken" });
  });
});
