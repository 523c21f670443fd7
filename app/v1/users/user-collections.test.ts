import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event, Session, User } from "@/lib/generated/prisma/client";
import { callerAs, failure } from "@/lib/testing/api";
import { addRole, createEvent, createSession, createSpeaker, createUser } from "@/prisma/factories";
import * as eventItem from "../events/[id]/route";
import * as sessionItem from "../sessions/[id]/route";
import * as speakerItem from "../speakers/[id]/route";
import * as coorganizerEvents from "./[id]/coorganizer-events/route";
import * as events from "./[id]/events/route";
import * as moderatorEvents from "./[id]/moderator-events/route";
import * as organizerEvents from "./[id]/organizer-events/route";
import * as ownerEvents from "./[id]/owner-events/route";
import * as registrarEvents from "./[id]/registrar-events/route";
import * as sessions from "./[id]/sessions/route";
import * as speakers from "./[id]/speakers/route";
import * as trackOrganizerEvents from "./[id]/track-organizer-events/route";

/**
 * A user's events by role (`/v1/users/{id}/events`, `/owner-events`, …) and proposed sessions
 * (`/v1/users/{id}/sessions`) and speaker profiles (`/v1/users/{id}/speakers`), Open Event's user collections: the user and admins read them, each
 * row as the event and session collections show it to that caller.
 */

let member: User;
let owned: Event;
let organized: Event;
let draft: Event;
let proposal: Session;
let call: ReturnType<typeof callerAs>;

beforeAll(async () => {
  const [user, other, admin] = await Promise.all([createUser(), createUser(), createUser({ isAdmin: true })]);
  member = user;
  owned = await createEvent({ owner: member, name: "A owned" });
  organized = await createEvent({ name: "B organized" });
  draft = await createEvent({ name: "C draft", state: "draft" });
  await addRole(member, organized, "organizer");
  await addRole(member, draft, "moderator");
  const withdrawn = await createEvent({ name: "D withdrawn" });
  const row = await addRole(member, withdrawn, "registrar");
  await db.usersEventsRoles.update({ where: { id: row.id }, data: { deletedAt: new Date() } });
  proposal = await createSession({ event: owned, creatorId: member.id, title: "My proposal" });
  await createSession({ event: owned, title: "Someone else's" });
  call = callerAs(new Map([["member", await signApiToken(member)], ["other", await signApiToken(other)], ["admin", await signApiToken(admin)]]));
});

type Doc = { data: { id: string }[]; links: Record<string, unknown>; meta: { count: number } };
const ids = (doc: unknown) => (doc as Doc).data.map((item) => item.id);
const path = (name: string) => `/v1/users/${member.id}/${name}`;

describe("GET /v1/users/{id}/<role>-events", () => {
  it("lists the events the user holds a live role on, each as GET /v1/events/{id} shows it to the caller", async () => {
    for (const as of ["member", "admin"]) {
      const { status, body } = await call(events.GET, "GET", `${path("events")}?sort=name`, as, undefined, { id: member.id });
      expect(status).toBe(200);
      expect(ids(body)).toEqual([owned, organized, draft].map((event) => String(event.id)));
      expect((body as unknown as Doc).meta).toEqual({ count: 3 });
      const own = await call(eventItem.GET, "GET", `/v1/events/${draft.id}`, as, undefined, { id: draft.id });
      expect((body as unknown as Doc).data[2]).toEqual(own.body.data);
    }
  });

  it("lists one role each", async () => {
    const byRole = [
      ["owner-events", ownerEvents, [owned]],
      ["organizer-events", organizerEvents, [organized]],
      ["moderator-events", moderatorEvents, [draft]],
      ["coorganizer-events", coorganizerEvents, []],
      ["track-organizer-events", trackOrganizerEvents, []],
      ["registrar-events", registrarEvents, []],
    ] as const;
    for (const [name, route, expected] of byRole) {
      const { status, body } = await call(route.GET, "GET", path(name), "member", undefined, { id: member.id });
      expect([status, ids(body)]).toEqual([200, expected.map((event) => String(event.id))]);
    }
  });

  it("answers 404 to other users, 401 to the public, 404 for no user and 400 for a bad query", async () => {
    expect(await call(ownerEvents.GET, "GET", path("owner-events"), "other", undefined, { id: member.id })).toEqual(failure(404, "User not found"));
    expect(await call(events.GET, "GET", path("events"), "anonymous", undefined, { id: member.id })).toEqual(failure(401, "Sign in to see a user's events, sessions and speaker profiles"));
    expect(await call(events.GET, "GET", "/v1/users/2147483647/events", "admin", undefined, { id: 2147483647 })).toEqual(failure(404, "User not found"));
    expect((await call(events.GET, "GET", `${path("events")}?sort=nonsense`, "member", undefined, { id: member.id })).status).toBe(400);
  });
});

describe("GET /v1/users/{id}/sessions", () => {
  it("lists the sessions the user proposed, as GET /v1/sessions/{id} shows them, to the user and admins", async () => {
    for (const as of ["member", "admin"]) {
      const { status, body } = await call(sessions.GET, "GET", path("sessions"), as, undefined, { id: member.id });
      const own = await call(sessionItem.GET, "GET", `/v1/sessions/${proposal.id}`, as, undefined, { id: proposal.id });
      expect([status, (body as unknown as Doc).data]).toEqual([200, [own.body.data]]);
    }
    expect(await call(sessions.GET, "GET", path("sessions"), "other", undefined, { id: member.id })).toEqual(failure(404, "User not found"));
  });
});

describe("GET /v1/users/{id}/speakers", () => {
  it("lists the user's live speaker profiles across events, as GET /v1/speakers/{id} shows them, to the user and admins", async () => {
    const user = await createUser();
    const token = await signApiToken(user);
    const mine = await createSpeaker({ event: owned, userId: user.id, name: "A at the owned event" });
    // A draft event they are not on the team of: their own profile still is theirs to see.
    const elsewhere = await createSpeaker({ event: draft, userId: user.id, name: "B at a draft" });
    const gone = await createSpeaker({ event: organized, userId: user.id, name: "C deleted" });
    await db.speaker.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    await createSpeaker({ event: owned, name: "Someone else" });
    const caller = callerAs(new Map([["user", token], ["admin", (await signApiToken(await createUser({ isAdmin: true })))], ["member", await signApiToken(member)]]));
    const url = `/v1/users/${user.id}/speakers`;
    for (const as of ["user", "admin"]) {
      const { status, body } = await caller(speakers.GET, "GET", `${url}?sort=name`, as, undefined, { id: user.id });
      const own = await Promise.all([mine, elsewhere].map(async (speaker) => (await caller(speakerItem.GET, "GET", `/v1/speakers/${speaker.id}`, as, undefined, { id: speaker.id })).body.data));
      expect([status, (body as unknown as Doc).data, (body as unknown as Doc).meta], as).toEqual([200, own, { count: 2 }]);
    }
    const filtered = await caller(speakers.GET, "GET", `${url}?filter=${encodeURIComponent(JSON.stringify([{ name: "name", op: "eq", val: "B at a draft" }]))}`, "user", undefined, { id: user.id });
    expect(ids(filtered.body)).toEqual([String(elsewhere.id)]);
    // Another user, even the owner of the event the profile is at: 404; the public 401; a bad query 400.
    expect(await caller(speakers.GET, "GET", url, "member", undefined, { id: user.id })).toEqual(failure(404, "User not found"));
    expect(await caller(speakers.GET, "GET", url, "anonymous", undefined, { id: user.id })).toEqual(failure(401, "Sign in to see a user's events, sessions and speaker profiles"));
    expect((await caller(speakers.GET, "GET", `${url}?sort=nonsense`, "user", undefined, { id: user.id })).status).toBe(400);
  });
});
