import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { callerAs } from "@/lib/testing/api";
import { createEvent, createSpeakersCall, createUser } from "@/prisma/factories";
import { GET as formsLinkage } from "./custom-forms/route";
import { GET as callLinkage } from "./speakers-call/route";

/**
 * The event's `custom-forms` and `speakers-call` relationships (Open Event's event has both):
 * the linkage lists what the related endpoints show the caller.
 */

const tokens = new Map<string, string>();
const call = callerAs(tokens);
let owner: User;

beforeAll(async () => {
  owner = await createUser();
  tokens.set("stranger", await signApiToken(await createUser()));
  tokens.set("owner", await signApiToken(owner));
});

describe("GET /v1/events/{id}/relationships/custom-forms", () => {
  it("links the team to every field and anyone else to the included ones", async () => {
    const event = await createEvent({ owner });
    const rows = await db.customForm.findMany({ where: { eventId: event.id }, orderBy: [{ form: "asc" }, { position: "asc" }, { id: "asc" }] });
    const included = rows.filter((row) => row.isIncluded);
    expect(included.length).toBeLessThan(rows.length);

    const asOwner = await call(formsLinkage, "GET", `/v1/events/${event.id}/relationships/custom-forms`, "owner", undefined, { id: event.id });
    expect(asOwner.status).toBe(200);
    const ownerIds = (asOwner.body as { data: { id: string }[] }).data.map((item) => Number(item.id));
    expect(new Set(ownerIds)).toEqual(new Set(rows.map((row) => row.id)));

    for (const as of ["anonymous", "stranger"]) {
      const seen = await call(formsLinkage, "GET", `/v1/events/${event.identifier}/relationships/custom-forms`, as, undefined, { id: event.identifier });
      expect(seen.status).toBe(200);
      const body = seen.body as { data: { type: string; id: string }[]; links: { self: string; related: string } };
      expect(new Set(body.data.map((item) => Number(item.id)))).toEqual(new Set(included.map((row) => row.id)));
      expect(body.data.every((item) => item.type === "custom-form")).toBe(true);
      expect(body.links.related).toBe(`/v1/events/${event.id}/custom-forms`);
    }
  });

  it("is 404 for a draft event outside its team", async () => {
    const draft = await createEvent({ owner, state: "draft" });
    const refused = await call(formsLinkage, "GET", `/v1/events/${draft.id}/relationships/custom-forms`, "stranger", undefined, { id: draft.id });
    expect(refused.status).toBe(404);
  });
});

describe("GET /v1/events/{id}/relationships/speakers-call", () => {
  it("links a public call for anyone, a private call for the team only, and none when there is none", async () => {
    const open = await createEvent({ owner });
    const publicCall = await createSpeakersCall({ event: open });
    const closed = await createEvent({ owner });
    const privateCall = await createSpeakersCall({ event: closed, privacy: "private" });
    const without = await createEvent({ owner });

    const get = (eventId: number, as: string) => call(callLinkage, "GET", `/v1/events/${eventId}/relationships/speakers-call`, as, undefined, { id: eventId });
    for (const as of ["anonymous", "stranger", "owner"]) {
      expect((await get(open.id, as)).body).toMatchObject({ data: { type: "speakers-call", id: String(publicCall.id) } });
      expect((await get(without.id, as)).body).toMatchObject({ data: null });
    }
    expect((await get(closed.id, "owner")).body).toMatchObject({ data: { type: "speakers-call", id: String(privateCall.id) } });
    for (const as of ["anonymous", "stranger"]) expect((await get(closed.id, as)).body).toMatchObject({ data: null });
  });
});
