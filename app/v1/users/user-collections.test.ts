import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event, Session, User } from "@/lib/generated/prisma/client";
import { callerAs, failure } from "@/lib/testing/api";
import { addRole, createEvent, createSession, createUser } from "@/prisma/factories";
import * as eventItem from "../events/[id]/route";
import * as sessionItem from "../sessions/[id]/route";
import * as coorganizerEvents from "./[id]/coorganizer-events/route";
import * as events from "./[id]/events/route";
import * as moderatorEvents from "./[id]/moderator-events/route";
import * as organizerEvents from "./[id]/organizer-events/route";
import * as ownerEvents from "./[id]/owner-events/route";
import * as registrarEvents from "./[id]/registrar-events/route";
import * as sessions from "./[id]/sessions/route";
import * as trackOrganizerEvents from "./[id]/track-organizer-events/route";

/**
 * A user's events by role (`/v1/users/{id}/events`, `/owner-events`, …) and proposed sessions
 * (`/v1/users/{id}/sessions`), Open Event's user collections: the user and admins read them, each
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
    expect(await call(events.GET, "GET", path("events"), "anonymous", undefined, { id: member.id })).toEqual(failure(401, "Sign in to see a user's events and sessions"));
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
