import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { failure, params, read, request } from "@/lib/testing/api";
import { db, queryCount } from "@/lib/db";
import type { Event, Session, User } from "@/lib/generated/prisma/client";
import { addRole, createEvent, createSession, createUser } from "@/prisma/factories";
import { GET as getSession } from "../../../sessions/[id]/route";
import { DELETE as unstar, PUT as star } from "./[sessionId]/route";
import { GET as list } from "./route";

const noParams = { params: Promise.resolve({}) };
const item = (sessionId: number | string) => params({ sessionId });

let event: Event;
let first: Session, second: Session, pending: Session, ofDraft: Session, ofUnpublishedSchedule: Session;
let alice: User, aliceToken: string, bobToken: string, organizerToken: string;

beforeAll(async () => {
  event = await createEvent({ schedulePublishedOn: new Date() });
  first = await createSession({ event, state: "accepted", title: "First" });
  second = await createSession({ event, state: "confirmed", title: "Second", startsAt: new Date(event.startsAt.getTime() + 3_600_000) });
  pending = await createSession({ event, state: "pending" });
  const draft = await createEvent({ state: "draft", schedulePublishedOn: new Date() });
  ofDraft = await createSession({ event: draft, state: "confirmed" });
  const unpublished = await createEvent({ schedulePublishedOn: null });
  ofUnpublishedSchedule = await createSession({ event: unpublished, state: "confirmed" });
  alice = await createUser();
  aliceToken = await signApiToken(alice);
  bobToken = await signApiToken(await createUser());
  // The draft event's organizer sees its sessions, but may not star them: stars are public-only.
  const organizer = await createUser();
  await addRole(organizer, draft, "owner");
  organizerToken = await signApiToken(organizer);
});

const starredIds = async (token: string) => {
  const { body } = await read(await list(request("GET", "/v1/users/me/starred-sessions", { token }), noParams));
  return (body.data as { id: string }[]).map((entry) => Number(entry.id));
};

describe("/v1/users/me/starred-sessions", () => {
  it("is 401 for anonymous callers", async () => {
    const path = `/v1/users/me/starred-sessions/${first.id}`;
    expect(await read(await star(request("PUT", path), item(first.id)))).toEqual(failure(401, "Authentication required"));
    expect(await read(await unstar(request("DELETE", path), item(first.id)))).toEqual(failure(401, "Authentication required"));
    expect(await read(await list(request("GET", "/v1/users/me/starred-sessions"), noParams))).toEqual(
      failure(401, "Authentication required"),
    );
  });

  it("stars public sessions (idempotently) and lists them as session resources", async () => {
    for (const session of [second, first, first]) {
      const response = await star(request("PUT", `/v1/users/me/starred-sessions/${session.id}`, { token: aliceToken }), item(session.id));
      expect(response.status).toBe(204);
      expect(await response.text()).toBe("");
    }
    const { status, body } = await read(
      await list(request("GET", "/v1/users/me/starred-sessions?sort=starts-at", { token: aliceToken }), noParams),
    );
    expect(status).toBe(200);
    // Each entry is exactly what GET /v1/sessions/{id} shows the same caller.
    const expected = await Promise.all(
      [first, second].map(async (session) => {
        const one = await read(await getSession(request("GET", `/v1/sessions/${session.id}`, { token: aliceToken }), params({ id: session.id })));
        return one.body.data;
      }),
    );
    expect(body.data).toEqual(expected);
    expect(body.meta).toEqual({ count: 2 });
    // Stars are per user.
    expect(await starredIds(bobToken)).toEqual([]);
  });

  it("is 404 for sessions the public may not see, also for their organizers", async () => {
    for (const [session, token] of [
      [pending, aliceToken],
      [ofDraft, aliceToken],
      [ofDraft, organizerToken],
      [ofUnpublishedSchedule, aliceToken],
    ] as const) {
      const path = `/v1/users/me/starred-sessions/${session.id}`;
      expect(await read(await star(request("PUT", path, { token }), item(session.id)))).toEqual(failure(404, "Session not found"));
    }
    for (const id of ["999999", "abc", "0"]) {
      expect(await read(await star(request("PUT", `/v1/users/me/starred-sessions/${id}`, { token: aliceToken }), item(id)))).toEqual(
        failure(404, "Session not found"),
      );
    }
    expect(await db.sessionStar.count({ where: { sessionId: { in: [pending.id, ofDraft.id, ofUnpublishedSchedule.id] } } })).toBe(0);
  });

  it("unstars, also a starred session that is no longer public; hidden unstarred ones are 404", async () => {
    const path = (session: Session) => `/v1/users/me/starred-sessions/${session.id}`;
    expect((await unstar(request("DELETE", path(second), { token: aliceToken }), item(second.id))).status).toBe(204);
    expect((await unstar(request("DELETE", path(second), { token: aliceToken }), item(second.id))).status).toBe(204);
    expect(await starredIds(aliceToken)).toEqual([first.id]);

    await db.session.update({ where: { id: first.id }, data: { state: "rejected" } });
    // Rejected: gone from the list, but the star can still be removed.
    expect(await starredIds(aliceToken)).toEqual([]);
    expect((await unstar(request("DELETE", path(first), { token: aliceToken }), item(first.id))).status).toBe(204);
    expect(await db.sessionStar.count({ where: { userId: alice.id } })).toBe(0);
    expect(await read(await unstar(request("DELETE", path(pending), { token: aliceToken }), item(pending.id)))).toEqual(
      failure(404, "Session not found"),
    );
  });

  it("moves the user's updatedAt, which dates the personal feed", async () => {
    const before = (await db.user.findUniqueOrThrow({ where: { id: alice.id } })).updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await star(request("PUT", `/v1/users/me/starred-sessions/${second.id}`, { token: aliceToken }), item(second.id));
    const after = (await db.user.findUniqueOrThrow({ where: { id: alice.id } })).updatedAt;
    expect(after.getTime()).toBeGreaterThan(before.getTime());
  });

  it("writes in one statement after the caller, which checks the session's visibility too, and moves updatedAt only when a star changed", async () => {
    const updatedAt = async () => (await db.user.findUniqueOrThrow({ where: { id: alice.id } })).updatedAt.getTime();
    const path = `/v1/users/me/starred-sessions/${second.id}`;
    await unstar(request("DELETE", path, { token: aliceToken }), item(second.id));
    let before = queryCount();
    expect((await star(request("PUT", path, { token: aliceToken }), item(second.id))).status).toBe(204);
    // The caller, then the star of a session found among the public ones.
    expect(queryCount() - before).toBe(2);
    const starredAt = await updatedAt();
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Starring again changes nothing, not even the feed's date.
    expect((await star(request("PUT", path, { token: aliceToken }), item(second.id))).status).toBe(204);
    expect(await updatedAt()).toBe(starredAt);
    before = queryCount();
    expect((await unstar(request("DELETE", path, { token: aliceToken }), item(second.id))).status).toBe(204);
    expect(queryCount() - before).toBe(2);
    expect(await updatedAt()).toBeGreaterThan(starredAt);
    expect(await starredIds(aliceToken)).not.toContain(second.id);
  });
});
