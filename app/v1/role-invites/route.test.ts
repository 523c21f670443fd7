import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { DELETED, failure, onePage, params, read, relationshipLinks, request, single } from "@/lib/testing/api";
import { db } from "@/lib/db";
import type { Event, RoleInvite, User } from "@/lib/generated/prisma/client";
import { notificationJobName } from "@/lib/notifications/schemas";
import { addRole, createEvent, createUser } from "@/prisma/factories";
import { GET as listForEvent } from "../events/[id]/role-invites/route";
import { DELETE as removeMember } from "../users-events-roles/[id]/route";
import { DELETE, GET, PATCH } from "./[id]/route";
import { POST as acceptInvite } from "./accept-invite/route";
import { POST } from "./route";

let owner: User;
let organizer: User;
let coorganizer: User;
let invitee: User;
let stranger: User;
let admin: User;
let event: Event;
const tokens = new Map<number, string>();
const token = (user: User) => tokens.get(user.id);
/** Every body any request of this file answered: none may contain an invite's secret. */
const bodies: string[] = [];

async function call(handler: (r: Request, c: never) => Promise<Response>, method: string, path: string, as?: User, body?: unknown, routeParams: Record<string, string | number> = {}) {
  const response = await handler(request(method, path, { token: as && token(as), body }), params(routeParams) as never);
  const text = await response.clone().text();
  bodies.push(text);
  return read(response);
}

beforeAll(async () => {
  [owner, organizer, coorganizer, invitee, stranger, admin] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    // Mixed case: invites match addresses case-insensitively.
    createUser({ email: `Invitee-${Date.now()}@Example.test` }),
    createUser(),
    createUser({ isAdmin: true }),
  ]);
  event = await createEvent({ owner });
  await addRole(organizer, event, "organizer");
  await addRole(coorganizer, event, "coorganizer");
  for (const user of [owner, organizer, coorganizer, invitee, stranger, admin]) tokens.set(user.id, await signApiToken(user));
});

/** Secrets of every invite created here, kept past the cleanup for the final scan. */
const secrets = new Set<string>();

beforeEach(async () => {
  for (const row of await db.roleInvite.findMany({ select: { hash: true } })) secrets.add(row.hash);
  await db.roleInvite.deleteMany({});
  await db.usersEventsRoles.deleteMany({ where: { eventId: event.id, userId: { notIn: [owner.id, organizer.id, coorganizer.id] } } });
  await db.task.deleteMany({});
});

const inviteBody = (email: string, role: { name?: string; id?: number } = { name: "coorganizer" }, eventId = event.id) => ({
  data: {
    type: "role-invite",
    attributes: { email, ...(role.name ? { "role-name": role.name } : {}) },
    relationships: {
      event: { data: { type: "event", id: String(eventId) } },
      ...(role.id ? { role: { data: { type: "role", id: String(role.id) } } } : {}),
    },
  },
});

const inviteObject = (invite: RoleInvite, roleName: string, overrides: Record<string, unknown> = {}) => ({
  type: "role-invite",
  id: String(invite.id),
  attributes: { email: invite.email, "role-name": roleName, status: invite.status, "created-at": invite.createdAt.toISOString(), ...overrides },
  relationships: { event: relationshipLinks("role-invites", invite.id, "event"), role: relationshipLinks("role-invites", invite.id, "role") },
  links: { self: `/v1/role-invites/${invite.id}` },
});

async function invite(email = invitee.email, roleName = "coorganizer", as: User = organizer) {
  const { status, body } = await call(POST, "POST", "/v1/role-invites", as, inviteBody(email, { name: roleName }));
  expect(status).toBe(201);
  return db.roleInvite.findUniqueOrThrow({ where: { id: Number((body.data as { id: string }).id) } });
}

const patchBody = (invite: RoleInvite, attributes: Record<string, unknown>) => ({ data: { type: "role-invite", id: String(invite.id), attributes } });
const patch = (invite: RoleInvite, as: User, attributes: Record<string, unknown>) =>
  call(PATCH, "PATCH", `/v1/role-invites/${invite.id}`, as, patchBody(invite, attributes), { id: invite.id });
const accept = (hash: string, as?: User) => call(acceptInvite, "POST", "/v1/role-invites/accept-invite", as, { data: { hash } });
const rolesOf = (user: User) =>
  db.usersEventsRoles.findMany({ where: { userId: user.id, eventId: event.id }, select: { deletedAt: true, role: { select: { name: true } } } });

describe("POST /v1/role-invites", () => {
  it("lets an organizer invite an address; the hash is random and the mail job is enqueued with the link", async () => {
    const { status, body } = await call(POST, "POST", "/v1/role-invites", organizer, inviteBody("  New.Person@Example.org ", { name: "moderator" }));
    const stored = await db.roleInvite.findFirstOrThrow({ where: { eventId: event.id } });
    expect(status).toBe(201);
    expect(body).toEqual(single(inviteObject(stored, "moderator", { email: "new.person@example.org", status: "pending" }), `/v1/role-invites/${stored.id}`));
    expect(stored.hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const tasks = await db.task.findMany({ select: { name: true, payload: true, userId: true, eventId: true } });
    expect(tasks).toEqual([
      {
        name: notificationJobName("event_role_invite"),
        payload: { roleInviteId: stored.id, link: `http://localhost:3000/invites/${stored.hash}` },
        userId: organizer.id,
        eventId: event.id,
      },
    ]);
  });

  it("accepts the role as relationship and lets owners and admins invite too", async () => {
    const moderatorRole = await db.role.findUniqueOrThrow({ where: { name: "moderator" } });
    for (const as of [owner, admin]) {
      const email = `rel-${as.id}@example.org`;
      const { status, body } = await call(POST, "POST", "/v1/role-invites", as, inviteBody(email, { id: moderatorRole.id }));
      expect(status).toBe(201);
      expect((body.data as { attributes: unknown }).attributes).toMatchObject({ email, "role-name": "moderator", status: "pending" });
    }
  });

  it("refuses roles an invite cannot grant, bad addresses and a preset status with 422", async () => {
    expect(await call(POST, "POST", "/v1/role-invites", organizer, inviteBody("a@example.org", { name: "owner" }))).toEqual(
      failure(422, ["Role must be one of organizer, coorganizer, track_organizer, moderator, registrar", "/data/attributes/role-name"]),
    );
    const attendee = await db.role.findUniqueOrThrow({ where: { name: "attendee" } });
    expect(await call(POST, "POST", "/v1/role-invites", organizer, inviteBody("a@example.org", { id: attendee.id }))).toEqual(
      failure(422, ["Invites may grant organizer, coorganizer, track_organizer, moderator, registrar, not attendee", "/data/relationships/role/data/id"]),
    );
    expect(await call(POST, "POST", "/v1/role-invites", organizer, inviteBody("not-an-address", { name: "moderator" }))).toEqual(
      failure(422, ["Enter a valid email address", "/data/attributes/email"]),
    );
    expect(await call(POST, "POST", "/v1/role-invites", organizer, inviteBody("a@example.org", {}))).toEqual(failure(422, ["Role is required", "/data/attributes/role-name"]));
    const preset = inviteBody("a@example.org");
    (preset.data.attributes as Record<string, unknown>).status = "accepted";
    expect(await call(POST, "POST", "/v1/role-invites", organizer, preset)).toEqual(
      failure(422, ["A new invite is pending; only the invitee accepts or declines", "/data/attributes/status"]),
    );
    expect(await db.roleInvite.count()).toBe(0);
    expect(await db.task.count()).toBe(0);
  });

  it("answers 409 for a second pending invite and for someone who already holds the role", async () => {
    await invite("twice@example.org", "moderator");
    expect(await call(POST, "POST", "/v1/role-invites", organizer, inviteBody("TWICE@example.org", { name: "moderator" }))).toEqual(
      failure(409, ["This person already has a pending invite to this role", "/data/attributes/email"]),
    );
    expect(await call(POST, "POST", "/v1/role-invites", organizer, inviteBody(coorganizer.email, { name: "coorganizer" }))).toEqual(
      failure(409, ["This person already is Co-organizer of the event", "/data/attributes/email"]),
    );
  });

  it("is for owners and organizers only: co-organizers get 403, strangers 404, anonymous 401", async () => {
    expect(await call(POST, "POST", "/v1/role-invites", coorganizer, inviteBody("x@example.org"))).toEqual(
      failure(403, "Only the event's owner and organizers may invite people"),
    );
    const draft = await createEvent({ owner, state: "draft" });
    expect(await call(POST, "POST", "/v1/role-invites", stranger, inviteBody("x@example.org", { name: "moderator" }, draft.id))).toEqual(failure(404, "Event not found"));
    expect(await call(POST, "POST", "/v1/role-invites", undefined, inviteBody("x@example.org"))).toEqual(failure(401, "Authentication required"));
    expect(await db.roleInvite.count()).toBe(0);
  });
});

describe("GET /v1/events/{id}/role-invites and /v1/role-invites/{id}", () => {
  it("lists an event's live invites to its organizers; co-organizers and strangers get 404", async () => {
    const first = await invite("one@example.org");
    const second = await invite("two@example.org", "registrar");
    const revoked = await invite("three@example.org");
    await db.roleInvite.update({ where: { id: revoked.id }, data: { deletedAt: new Date() } });
    const path = `/v1/events/${event.id}/role-invites`;
    expect(await call(listForEvent, "GET", path, owner, undefined, { id: event.id })).toEqual({
      status: 200,
      body: onePage(path, [inviteObject(first, "coorganizer"), inviteObject(second, "registrar")]),
    });
    expect(await call(listForEvent, "GET", path, coorganizer, undefined, { id: event.id })).toEqual(failure(404, "Event not found"));
    expect(await call(listForEvent, "GET", path, stranger, undefined, { id: event.id })).toEqual(failure(404, "Event not found"));
  });

  it("shows an invite to its invitee and the organizers, and to nobody else", async () => {
    const created = await invite();
    const document = { status: 200, body: single(inviteObject(created, "coorganizer"), `/v1/role-invites/${created.id}`) };
    for (const as of [invitee, organizer, owner, admin]) {
      expect(await call(GET, "GET", `/v1/role-invites/${created.id}`, as, undefined, { id: created.id })).toEqual(document);
    }
    for (const as of [stranger, coorganizer]) {
      expect(await call(GET, "GET", `/v1/role-invites/${created.id}`, as, undefined, { id: created.id })).toEqual(failure(404, "Role invite not found"));
    }
  });

  it("does not count an unconfirmed account with the invited address as the invitee", async () => {
    const created = await invite(`unconfirmed-${Date.now()}@example.org`);
    const impostor = await createUser({ email: created.email, isVerified: false });
    tokens.set(impostor.id, await signApiToken(impostor));
    expect(await call(GET, "GET", `/v1/role-invites/${created.id}`, impostor, undefined, { id: created.id })).toEqual(failure(404, "Role invite not found"));
    expect(await patch(created, impostor, { status: "accepted" })).toEqual(failure(404, "Role invite not found"));
    expect(await rolesOf(impostor)).toEqual([]);
  });
});

describe("answering an invite", () => {
  it("accepting twice (by id, then by link) grants the role exactly once and answers the same", async () => {
    const created = await invite();
    const first = await patch(created, invitee, { status: "accepted" });
    const accepted = { ...created, status: "accepted" as const };
    expect(first).toEqual({ status: 200, body: single(inviteObject(accepted, "coorganizer"), `/v1/role-invites/${created.id}`) });
    expect(await patch(created, invitee, { status: "accepted" })).toEqual(first);
    expect(await accept(created.hash, invitee)).toEqual(first);
    expect(await rolesOf(invitee)).toEqual([{ deletedAt: null, role: { name: "coorganizer" } }]);
  });

  it("concurrent accepts grant one role", async () => {
    const created = await invite();
    const answers = await Promise.all([accept(created.hash, invitee), accept(created.hash, invitee), patch(created, invitee, { status: "accepted" })]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(await rolesOf(invitee)).toEqual([{ deletedAt: null, role: { name: "coorganizer" } }]);
  });

  it("declining records the answer and grants nothing; an answer is final", async () => {
    const created = await invite();
    expect((await patch(created, invitee, { status: "declined" })).status).toBe(200);
    expect(await db.roleInvite.findUniqueOrThrow({ where: { id: created.id }, select: { status: true } })).toEqual({ status: "declined" });
    expect(await accept(created.hash, invitee)).toEqual(failure(409, ["This invite was already declined", "/data/attributes/status"]));
    expect(await rolesOf(invitee)).toEqual([]);
  });

  it("lets the invitee change only the status (422), also when sent with an accept", async () => {
    const created = await invite();
    expect(await patch(created, invitee, { email: "someone-else@example.org" })).toEqual(
      failure(422, ["The address of an invite cannot change; revoke it and invite the new address", "/data/attributes/email"]),
    );
    expect(await patch(created, invitee, { "role-name": "organizer", status: "accepted" })).toEqual(
      failure(422, ["The invitee may only accept or decline", "/data/attributes/role-name"]),
    );
    // Ember Data sends the whole record back: unchanged values are not changes.
    expect((await patch(created, invitee, { email: created.email.toUpperCase(), "role-name": "coorganizer", status: "accepted", "created-at": "x" })).status).toBe(200);
    expect(await rolesOf(invitee)).toEqual([{ deletedAt: null, role: { name: "coorganizer" } }]);
  });

  it("lets organizers change the role but never accept on someone's behalf (403)", async () => {
    const created = await invite();
    const changed = await patch(created, organizer, { "role-name": "moderator" });
    expect(changed).toEqual({ status: 200, body: single(inviteObject(created, "moderator"), `/v1/role-invites/${created.id}`) });
    for (const as of [organizer, owner, admin]) {
      expect(await patch(created, as, { status: "accepted" })).toEqual(failure(403, ["Only the invited person may accept or decline an invite", "/data/attributes/status"]));
    }
    expect(await accept(created.hash, organizer)).toEqual(failure(404, "Invite not found"));
    expect(await db.roleInvite.findUniqueOrThrow({ where: { id: created.id }, select: { status: true } })).toEqual({ status: "pending" });
    expect(await patch(created, organizer, { "role-name": "owner" })).toEqual(
      failure(422, ["Role must be one of organizer, coorganizer, track_organizer, moderator, registrar", "/data/attributes/role-name"]),
    );
  });

  it("answers other users 404, anonymous callers 401, and a wrong or missing hash 404/422", async () => {
    const created = await invite();
    expect(await patch(created, stranger, { status: "accepted" })).toEqual(failure(404, "Role invite not found"));
    expect(await patch(created, coorganizer, { "role-name": "moderator" })).toEqual(failure(404, "Role invite not found"));
    expect(await accept(created.hash, stranger)).toEqual(failure(404, "Invite not found"));
    expect(await accept(created.hash)).toEqual(failure(401, "Authentication required"));
    expect(await accept("A".repeat(43), invitee)).toEqual(failure(404, "Invite not found"));
    expect(await call(acceptInvite, "POST", "/v1/role-invites/accept-invite", invitee, { data: {} })).toEqual(
      failure(422, ["The secret of the invite link is required", "/data/hash"]),
    );
    expect(await rolesOf(stranger)).toEqual([]);
  });

  it("accepts Open Event's `token` member and proves the address of a new account", async () => {
    const email = `new-${Date.now()}@example.org`;
    const created = await invite(email);
    const newcomer = await createUser({ email, isVerified: false });
    tokens.set(newcomer.id, await signApiToken(newcomer));
    const { status } = await call(acceptInvite, "POST", "/v1/role-invites/accept-invite", newcomer, { data: { token: created.hash } });
    expect(status).toBe(200);
    expect(await rolesOf(newcomer)).toEqual([{ deletedAt: null, role: { name: "coorganizer" } }]);
    expect(await db.user.findUniqueOrThrow({ where: { id: newcomer.id }, select: { isVerified: true } })).toEqual({ isVerified: true });
  });
});

describe("revoking", () => {
  it("organizers revoke (soft delete); the invitee and co-organizers cannot; a revoked invite cannot be accepted", async () => {
    const created = await invite();
    expect(await call(DELETE, "DELETE", `/v1/role-invites/${created.id}`, invitee, undefined, { id: created.id })).toEqual(
      failure(403, "Only the event's owner and organizers may revoke an invite; decline it instead"),
    );
    expect(await call(DELETE, "DELETE", `/v1/role-invites/${created.id}`, coorganizer, undefined, { id: created.id })).toEqual(failure(404, "Role invite not found"));
    expect(await call(DELETE, "DELETE", `/v1/role-invites/${created.id}`, organizer, undefined, { id: created.id })).toEqual(DELETED);
    expect((await db.roleInvite.findUniqueOrThrow({ where: { id: created.id } })).deletedAt).toBeInstanceOf(Date);
    expect(await accept(created.hash, invitee)).toEqual(failure(404, "Invite not found"));
    expect(await patch(created, invitee, { status: "accepted" })).toEqual(failure(404, "Role invite not found"));
    expect(await rolesOf(invitee)).toEqual([]);
  });
});

describe("DELETE /v1/users-events-roles/{id}", () => {
  it("lets organizers remove a member, restores the row on a new accepted invite, and keeps the owner", async () => {
    const created = await invite();
    await accept(created.hash, invitee);
    const entry = await db.usersEventsRoles.findFirstOrThrow({ where: { userId: invitee.id, eventId: event.id } });
    const remove = (id: number, as: User) => call(removeMember, "DELETE", `/v1/users-events-roles/${id}`, as, undefined, { id });
    expect(await remove(entry.id, coorganizer)).toEqual(failure(404, "Role not found"));
    expect(await remove(entry.id, organizer)).toEqual(DELETED);
    expect((await rolesOf(invitee))[0]?.deletedAt).toBeInstanceOf(Date);
    const again = await invite();
    await accept(again.hash, invitee);
    expect(await rolesOf(invitee)).toEqual([{ deletedAt: null, role: { name: "coorganizer" } }]);
    const ownerEntry = await db.usersEventsRoles.findFirstOrThrow({ where: { userId: owner.id, eventId: event.id } });
    expect(await remove(ownerEntry.id, organizer)).toEqual(failure(403, "The event's owner cannot be removed from the team"));
  });
});

describe("the secret", () => {
  it("never appears in any response of this file", async () => {
    for (const row of await db.roleInvite.findMany({ select: { hash: true } })) secrets.add(row.hash);
    expect(secrets.size).toBeGreaterThan(15);
    expect(bodies.length).toBeGreaterThan(50);
    for (const hash of secrets) expect(bodies.some((body) => body.includes(hash))).toBe(false);
    expect(bodies.some((body) => body.includes('"hash"'))).toBe(false);
  });
});
