import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event, SpeakersCall, User } from "@/lib/generated/prisma/client";
import { callerAs, DELETED, failure, relationshipLinks, single } from "@/lib/testing/api";
import { addRole, createEvent, createSpeaker, createSpeakersCall, createUser } from "@/prisma/factories";
import { DELETE as deleteEventCall, GET as eventCall, PATCH as patchEventCall } from "../events/[id]/speakers-call/route";
import { DELETE, GET, PATCH } from "./[id]/route";
import { POST } from "./route";

/**
 * /v1 call for speakers (Open Event's `speakers-call`): whole documents for each route, each
 * rule's refusal at its pointer, and each actor — anonymous, another event's organizer, a speaker
 * of the event, its co-organizer and an admin. The link secret (`hash`) is the team's alone.
 */

type Actor = "anonymous" | "otherOrganizer" | "speaker" | "coorganizer" | "admin";
const tokens = new Map<string, string>();
let owner: User;
let users: Record<Exclude<Actor, "anonymous">, User>;

const call = callerAs(tokens);

beforeAll(async () => {
  owner = await createUser();
  users = { otherOrganizer: await createUser(), speaker: await createUser(), coorganizer: await createUser(), admin: await createUser({ isAdmin: true }) };
  for (const [actor, user] of Object.entries(users)) tokens.set(actor, await signApiToken(user));
  await createEvent({ owner: users.otherOrganizer });
});

async function eventWithTeam(overrides: Partial<Event> = {}) {
  const event = await createEvent({ owner, ...overrides });
  await addRole(users.coorganizer, event, "coorganizer");
  await createSpeaker({ event, user: users.speaker });
  return event;
}

const callObject = (row: SpeakersCall, hash: string | null) => ({
  type: "speakers-call",
  id: String(row.id),
  attributes: {
    announcement: row.announcement,
    "starts-at": row.startsAt.toISOString(),
    "soft-ends-at": row.softEndsAt?.toISOString() ?? null,
    "ends-at": row.endsAt.toISOString(),
    privacy: row.privacy,
    hash,
  },
  relationships: { event: relationshipLinks("speakers-calls", row.id, "event") },
  links: { self: `/v1/speakers-calls/${row.id}` },
});

const NOT_FOUND = failure(404, "Speakers call not found");
const newCall = (attributes: Record<string, unknown>, event?: Event) => ({
  data: { type: "speakers-call", attributes, ...(event ? { relationships: { event: { data: { type: "event", id: String(event.id) } } } } : {}) },
});
const WINDOW = { "starts-at": "2030-01-01T00:00:00Z", "ends-at": "2030-02-01T00:00:00Z" };

describe("GET /v1/events/{id}/speakers-call and /v1/speakers-calls/{id}", () => {
  it("shows a public call to anyone who may view the event, with its link secret to the team only", async () => {
    const event = await eventWithTeam();
    const row = await createSpeakersCall({ event, softEndsAt: new Date(Date.now() + 86_400_000) });
    for (const as of ["anonymous", "otherOrganizer", "speaker", "coorganizer", "admin"] as const) {
      const hash = as === "coorganizer" || as === "admin" ? row.hash : null;
      const document = single(callObject(row, hash), `/v1/speakers-calls/${row.id}`);
      // The event's call is the call's own document, as the related endpoints answer a target.
      expect(await call(eventCall, "GET", `/v1/events/${event.identifier}/speakers-call`, as, undefined, { id: event.identifier })).toEqual({ status: 200, body: document });
      expect(await call(GET, "GET", `/v1/speakers-calls/${row.id}`, as, undefined, { id: row.id })).toEqual({ status: 200, body: document });
    }
  });

  it("hides a private call and a draft event's call from everyone outside the team, and is 404 for an event without a call", async () => {
    const event = await eventWithTeam();
    const row = await createSpeakersCall({ event, privacy: "private" });
    const draft = await eventWithTeam({ state: "draft" });
    const hidden = await createSpeakersCall({ event: draft });
    for (const as of ["anonymous", "otherOrganizer", "speaker"] as const) {
      expect(await call(eventCall, "GET", `/v1/events/${event.id}/speakers-call`, as, undefined, { id: event.id })).toEqual(NOT_FOUND);
      expect(await call(GET, "GET", `/v1/speakers-calls/${row.id}`, as, undefined, { id: row.id })).toEqual(NOT_FOUND);
      expect(await call(GET, "GET", `/v1/speakers-calls/${hidden.id}`, as, undefined, { id: hidden.id })).toEqual(NOT_FOUND);
    }
    expect(await call(GET, "GET", `/v1/speakers-calls/${row.id}`, "coorganizer", undefined, { id: row.id })).toEqual({
      status: 200,
      body: single(callObject(row, row.hash), `/v1/speakers-calls/${row.id}`),
    });
    const without = await eventWithTeam();
    expect(await call(eventCall, "GET", `/v1/events/${without.id}/speakers-call`, "admin", undefined, { id: without.id })).toEqual(NOT_FOUND);
  });
});

describe("POST /v1/speakers-calls", () => {
  it("lets co-organizers and admins open an event's call, its announcement sanitized", async () => {
    for (const as of ["coorganizer", "admin"] as const) {
      const event = await eventWithTeam();
      const { status, body } = await call(POST, "POST", "/v1/speakers-calls", as, newCall({ ...WINDOW, announcement: "<p>Talks <script>alert(1)</script>wanted</p>", privacy: "private" }, event));
      const row = await db.speakersCall.findUniqueOrThrow({ where: { eventId: event.id } });
      expect(status).toBe(201);
      expect(body).toEqual(single(callObject(row, row.hash), `/v1/speakers-calls/${row.id}`));
      expect(row).toMatchObject({ announcement: "<p>Talks wanted</p>", privacy: "private", startsAt: new Date(WINDOW["starts-at"]), endsAt: new Date(WINDOW["ends-at"]), softEndsAt: null });
    }
  });

  it("refuses the anonymous (401) and, as if the event did not exist, another event's organizer and a speaker (404)", async () => {
    const event = await eventWithTeam();
    expect(await call(POST, "POST", "/v1/speakers-calls", "anonymous", newCall(WINDOW, event))).toEqual(failure(401, "Sign in to open a call for speakers"));
    for (const as of ["otherOrganizer", "speaker"] as const) {
      expect(await call(POST, "POST", "/v1/speakers-calls", as, newCall(WINDOW, event))).toEqual(failure(404, "Event not found"));
    }
    expect(await db.speakersCall.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("refuses each broken rule at its pointer", async () => {
    const event = await eventWithTeam();
    const post = (attributes: Record<string, unknown>, to: Event | null = event) => call(POST, "POST", "/v1/speakers-calls", "coorganizer", newCall(attributes, to ?? undefined));
    expect(await post({ ...WINDOW, "ends-at": "2029-12-01T00:00:00Z" })).toEqual(failure(422, ["Must be after starts-at", "/data/attributes/ends-at"]));
    expect(await post({ ...WINDOW, "soft-ends-at": "2030-03-01T00:00:00Z" })).toEqual(failure(422, ["Must be after starts-at and not after ends-at", "/data/attributes/soft-ends-at"]));
    expect(await post({ ...WINDOW, privacy: "secret" })).toEqual(failure(422, ["Must be public or private", "/data/attributes/privacy"]));
    expect(await post({ "ends-at": "soon" })).toEqual(
      failure(422, ["Must be a date and time", "/data/attributes/starts-at"], ["Must be a date and time", "/data/attributes/ends-at"]),
    );
    expect(await post(WINDOW, null)).toEqual(failure(422, ["Event is required", "/data/relationships/event/data/id"]));
    expect(await db.speakersCall.count({ where: { eventId: event.id } })).toBe(0);
    expect((await post(WINDOW)).status).toBe(201);
    expect(await post(WINDOW)).toEqual(failure(409, ["This event already has a call for speakers", "/data/relationships/event"]));
  });
});

describe("PATCH and DELETE /v1/speakers-calls/{id}", () => {
  it("lets co-organizers and admins change and withdraw a call", async () => {
    for (const as of ["coorganizer", "admin"] as const) {
      const event = await eventWithTeam();
      const row = await createSpeakersCall({ event });
      const { status, body } = await call(PATCH, "PATCH", `/v1/speakers-calls/${row.id}`, as, { data: { type: "speakers-call", id: String(row.id), attributes: { privacy: "private", announcement: "Plain & simple" } } }, { id: row.id });
      const changed = await db.speakersCall.findUniqueOrThrow({ where: { id: row.id } });
      expect(status).toBe(200);
      expect(body).toEqual(single(callObject(changed, changed.hash), `/v1/speakers-calls/${row.id}`));
      expect([changed.privacy, changed.announcement]).toEqual(["private", "<p>Plain &amp; simple</p>"]);
      expect(await call(DELETE, "DELETE", `/v1/speakers-calls/${row.id}`, as, undefined, { id: row.id })).toEqual(DELETED);
      expect(await db.speakersCall.count({ where: { id: row.id } })).toBe(0);
    }
  });

  it("refuses the anonymous (401), everyone outside the team (404), and a window or event that breaks the rules (422)", async () => {
    const event = await eventWithTeam();
    const row = await createSpeakersCall({ event, softEndsAt: new Date(Date.now() + 86_400_000) });
    const patch = (as: Actor, attributes: Record<string, unknown>, relationships?: Record<string, unknown>) =>
      call(PATCH, "PATCH", `/v1/speakers-calls/${row.id}`, as, { data: { type: "speakers-call", id: String(row.id), attributes, ...(relationships ? { relationships } : {}) } }, { id: row.id });
    expect(await patch("anonymous", { privacy: "private" })).toEqual(failure(401, "Sign in to change the call for speakers"));
    expect(await call(DELETE, "DELETE", `/v1/speakers-calls/${row.id}`, "anonymous", undefined, { id: row.id })).toEqual(failure(401, "Sign in to change the call for speakers"));
    for (const as of ["otherOrganizer", "speaker"] as const) {
      expect(await patch(as, { privacy: "private" })).toEqual(NOT_FOUND);
      expect(await call(DELETE, "DELETE", `/v1/speakers-calls/${row.id}`, as, undefined, { id: row.id })).toEqual(NOT_FOUND);
    }
    // Moving the start past the announced deadline breaks the window as a whole.
    expect(await patch("coorganizer", { "starts-at": new Date(Date.now() + 2 * 86_400_000).toISOString() })).toEqual(
      failure(422, ["Must be after starts-at and not after ends-at", "/data/attributes/soft-ends-at"]),
    );
    const other = await eventWithTeam();
    expect(await patch("coorganizer", {}, { event: { data: { type: "event", id: String(other.id) } } })).toEqual(
      failure(422, ["A call for speakers cannot move to another event", "/data/relationships/event"]),
    );
    expect(await db.speakersCall.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("answers the same at the event's path, /v1/events/{id}/speakers-call", async () => {
    const event = await eventWithTeam();
    const row = await createSpeakersCall({ event });
    const path = `/v1/events/${event.identifier}/speakers-call`;
    const body = { data: { type: "speakers-call", id: String(row.id), attributes: { privacy: "private" } } };
    expect(await call(patchEventCall, "PATCH", path, "anonymous", body, { id: event.identifier })).toEqual(failure(401, "Sign in to change the call for speakers"));
    for (const as of ["otherOrganizer", "speaker"] as const) {
      expect(await call(patchEventCall, "PATCH", path, as, body, { id: event.identifier })).toEqual(NOT_FOUND);
      expect(await call(deleteEventCall, "DELETE", path, as, undefined, { id: event.identifier })).toEqual(NOT_FOUND);
    }
    const { status, body: answer } = await call(patchEventCall, "PATCH", path, "coorganizer", body, { id: event.identifier });
    const changed = await db.speakersCall.findUniqueOrThrow({ where: { id: row.id } });
    expect(status).toBe(200);
    expect(answer).toEqual(single(callObject(changed, changed.hash), `/v1/speakers-calls/${row.id}`));
    expect(changed.privacy).toBe("private");
    expect(await call(deleteEventCall, "DELETE", path, "admin", undefined, { id: event.identifier })).toEqual(DELETED);
    expect(await db.speakersCall.count({ where: { eventId: event.id } })).toBe(0);
  });
});
