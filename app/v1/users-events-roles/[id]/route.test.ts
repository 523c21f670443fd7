import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { failure, onePage, params, read, request, single } from "@/lib/testing/api";
import { db } from "@/lib/db";
import type { Event, User, UsersEventsRoles } from "@/lib/generated/prisma/client";
import { trackObject } from "@/lib/testing/session-documents";
import { addRole, createEvent, createSession, createTrack, createUser } from "@/prisma/factories";
import { GET as listRoles } from "../../events/[id]/users-events-roles/route";
import { GET as getSession } from "../../sessions/[id]/route";
import { GET as getUser } from "../../users/[id]/route";
import * as tracksLinkage from "./relationships/tracks/route";
import * as roleLinkage from "./relationships/role/route";
import { DELETE, GET, PATCH } from "./route";

let owner: User;
let moderator: User;
let stranger: User;
let admin: User;
let event: Event;
let ownerRole: UsersEventsRoles;
let moderatorRole: UsersEventsRoles;
const tokens = new Map<number, string>();
const token = (user: User) => tokens.get(user.id);

beforeAll(async () => {
  [owner, moderator, stranger, admin] = await Promise.all([createUser(), createUser(), createUser(), createUser({ isAdmin: true })]);
  event = await createEvent({ owner });
  ownerRole = await db.usersEventsRoles.findFirstOrThrow({ where: { eventId: event.id, userId: owner.id } });
  moderatorRole = await addRole(moderator, event, "moderator");
  // Roles on deleted events and withdrawn roles do not count.
  await addRole(moderator, await createEvent({ deletedAt: new Date() }), "registrar");
  await db.usersEventsRoles.update({ where: { id: (await addRole(moderator, await createEvent(), "attendee")).id }, data: { deletedAt: new Date() } });
  // A second event where the moderator is also organizer: flags are distinct roles.
  await addRole(moderator, await createEvent(), "organizer");
  for (const user of [owner, moderator, stranger, admin]) tokens.set(user.id, await signApiToken(user));
});

const flags = (held: string[]) =>
  Object.fromEntries(
    ["owner", "organizer", "coorganizer", "track-organizer", "moderator", "registrar", "attendee"].map((role) => [`is-user-${role}`, held.includes(role)]),
  );

const userAttributes = (user: User) => ({
  email: user.email,
  "first-name": user.firstName,
  "last-name": user.lastName,
  details: user.details,
  "avatar-url": user.avatarUrl,
  "is-admin": user.isAdmin,
  "is-super-admin": user.isSuperAdmin,
  "is-verified": user.isVerified,
  "created-at": user.createdAt.toISOString(),
  "last-accessed-at": user.lastAccessedAt?.toISOString() ?? null,
  "public-name": user.publicName,
  contact: user.contact,
  "facebook-url": user.facebookUrl,
  "twitter-url": user.twitterUrl,
  "instagram-url": user.instagramUrl,
  "google-plus-url": user.googlePlusUrl,
  "deleted-at": null,
});

describe("role flags of GET /v1/users/{id}", () => {
  const get = async (user: User, as?: User) =>
    read(await getUser(request("GET", `/v1/users/${user.id}`, { token: as && token(as) }), params({ id: user.id })));
  const document = (user: User, held: string[]) =>
    single({ type: "user", id: String(user.id), attributes: { ...userAttributes(user), ...flags(held) }, links: { self: `/v1/users/${user.id}` } }, `/v1/users/${user.id}`);

  it("show the user their own roles on non-deleted events", async () => {
    expect(await get(moderator, moderator)).toEqual({ status: 200, body: document(moderator, ["moderator", "organizer"]) });
    expect(await get(owner, owner)).toEqual({ status: 200, body: document(owner, ["owner"]) });
  });

  it("show admins anyone's flags; others get the public profile, without flags", async () => {
    expect(await get(moderator, admin)).toEqual({ status: 200, body: document(moderator, ["moderator", "organizer"]) });
    const publicProfile = single(
      {
        type: "user",
        id: String(moderator.id),
        attributes: { "first-name": moderator.firstName, "last-name": moderator.lastName, "public-name": moderator.publicName, "avatar-url": moderator.avatarUrl },
        links: { self: `/v1/users/${moderator.id}` },
      },
      `/v1/users/${moderator.id}`,
    );
    expect(await get(moderator, stranger)).toEqual({ status: 200, body: publicProfile });
    expect(await get(moderator, owner)).toEqual({ status: 200, body: publicProfile });
  });
});

const entry = (row: UsersEventsRoles, roleName: string, relationships: Record<string, unknown> = {}) => {
  const links = (name: string) => ({ links: { self: `/v1/users-events-roles/${row.id}/relationships/${name}`, related: `/v1/users-events-roles/${row.id}/${name}` } });
  return {
    type: "users-events-roles",
    id: String(row.id),
    attributes: { "role-name": roleName, "created-at": row.createdAt.toISOString() },
    relationships: { user: links("user"), event: links("event"), role: links("role"), tracks: links("tracks"), ...relationships },
    links: { self: `/v1/users-events-roles/${row.id}` },
  };
};

describe("users-events-roles", () => {
  const list = async (as?: User, query = "") =>
    read(await listRoles(request("GET", `/v1/events/${event.identifier}/users-events-roles${query}`, { token: as && token(as) }), params({ id: event.identifier })));

  it("lists the event's team to its owner and to admins", async () => {
    const expected = { status: 200, body: onePage(`/v1/events/${event.identifier}/users-events-roles`, [entry(ownerRole, "owner"), entry(moderatorRole, "moderator")]) };
    expect(await list(owner)).toEqual(expected);
    expect(await list(admin)).toEqual(expected);
  });

  it("embeds users without their role flags or secrets, and roles", async () => {
    const { status, body } = await list(owner, "?include=user,role&fields[user]=email,is-user-owner,first-name");
    expect(status).toBe(200);
    const role = await db.role.findUniqueOrThrow({ where: { name: "moderator" } });
    expect((body.included as { type: string; id: string }[]).find((item) => item.type === "user" && item.id === String(moderator.id))).toEqual({
      type: "user",
      id: String(moderator.id),
      attributes: { email: moderator.email, "first-name": moderator.firstName },
      links: { self: `/v1/users/${moderator.id}` },
    });
    expect((body.included as { type: string; id: string }[]).find((item) => item.type === "role" && item.id === String(role.id))).toEqual({
      type: "role",
      id: String(role.id),
      attributes: { name: "moderator", "title-name": role.titleName },
      links: { self: `/v1/roles/${role.id}` },
    });
    expect(JSON.stringify(body)).not.toMatch(/password|\$2[aby]\$/i);
  });

  it("answers 404 to the event's moderators, to strangers and to anonymous callers", async () => {
    for (const as of [moderator, stranger, undefined]) expect(await list(as)).toEqual(failure(404, "Event not found"));
    for (const as of [moderator, stranger, undefined]) {
      const response = await GET(request("GET", `/v1/users-events-roles/${ownerRole.id}`, { token: as && token(as) }), params({ id: ownerRole.id }));
      expect(await read(response)).toEqual(failure(404, "Role not found"));
    }
  });

  it("answers one entry with its relationships on request", async () => {
    const response = await GET(request("GET", `/v1/users-events-roles/${moderatorRole.id}?include=event&fields[event]=name`, { token: token(owner) }), params({ id: moderatorRole.id }));
    expect(await read(response)).toEqual({
      status: 200,
      body: single(
        entry(moderatorRole, "moderator", {
          event: {
            links: { self: `/v1/users-events-roles/${moderatorRole.id}/relationships/event`, related: `/v1/users-events-roles/${moderatorRole.id}/event` },
            data: { type: "event", id: String(event.id) },
          },
        }),
        `/v1/users-events-roles/${moderatorRole.id}`,
        [{ type: "event", id: String(event.id), attributes: { name: event.name }, links: { self: `/v1/events/${event.id}` } }],
      ),
    });
  });
});

describe("a track organizer's tracks (/v1/users-events-roles/{id}/relationships/tracks)", () => {
  const linkageBody = (...tracks: { id: number }[]) => ({ data: tracks.map((track) => ({ type: "track", id: String(track.id) })) });
  const call = async (method: "GET" | "PATCH" | "POST" | "DELETE", row: UsersEventsRoles, as?: User, body?: unknown) =>
    read(
      await tracksLinkage[method](
        request(method, `/v1/users-events-roles/${row.id}/relationships/tracks`, { token: as && token(as), body }),
        params({ id: row.id }),
      ),
    );
  const linkage = (row: UsersEventsRoles, ...tracks: { id: number }[]) => ({
    status: 200,
    body: {
      data: tracks.map((track) => ({ type: "track", id: String(track.id) })),
      links: { self: `/v1/users-events-roles/${row.id}/relationships/tracks`, related: `/v1/users-events-roles/${row.id}/tracks` },
      jsonapi: { version: "1.1" },
    },
  });

  it("lets the owner give, add and take tracks, which decide the sessions the track organizer sees", async () => {
    const [web, data, security] = [
      await createTrack({ event, position: 1 }),
      await createTrack({ event, position: 2 }),
      await createTrack({ event, position: 3 }),
    ];
    const reviewer = await createUser();
    const reviewerToken = await signApiToken(reviewer);
    const row = await addRole(reviewer, event, "track_organizer");
    const proposal = await createSession({ event, state: "pending", startsAt: null, track: security });
    const see = async () => (await read(await getSession(request("GET", `/v1/sessions/${proposal.id}`, { token: reviewerToken }), params({ id: proposal.id })))).status;

    expect(await call("GET", row, owner)).toEqual(linkage(row));
    expect(await see()).toBe(404);
    expect(await call("PATCH", row, owner, linkageBody(data, web))).toEqual(linkage(row, web, data));
    expect(await call("POST", row, owner, linkageBody(security, web))).toEqual(linkage(row, web, data, security));
    expect(await see()).toBe(200);
    expect(await call("DELETE", row, owner, linkageBody(web))).toEqual(linkage(row, data, security));
    expect(await call("GET", row, admin)).toEqual(linkage(row, data, security));

    // The role's document links them, and includes them on request.
    const response = await GET(request("GET", `/v1/users-events-roles/${row.id}?include=tracks`, { token: token(owner) }), params({ id: row.id }));
    expect(await read(response)).toEqual({
      status: 200,
      body: single(
        entry(row, "track_organizer", {
          tracks: {
            links: { self: `/v1/users-events-roles/${row.id}/relationships/tracks`, related: `/v1/users-events-roles/${row.id}/tracks` },
            data: [{ type: "track", id: String(data.id) }, { type: "track", id: String(security.id) }],
          },
        }),
        `/v1/users-events-roles/${row.id}`,
        [trackObject(data), trackObject(security)],
      ),
    });

    expect(await call("PATCH", row, owner, { data: [] })).toEqual(linkage(row));
    expect(await see()).toBe(404);
  });

  it("refuses tracks of another event, and tracks for other roles", async () => {
    const row = await addRole(await createUser(), event, "track_organizer");
    const own = await createTrack({ event });
    const foreign = await createTrack({ event: await createEvent() });
    expect(await call("PATCH", row, owner, linkageBody(own, foreign))).toEqual(failure(422, [`Track ${foreign.id} does not belong to this event`, "/data/1/id"]));
    expect(await call("POST", row, owner, { data: [{ type: "session", id: "1" }] })).toEqual(failure(422, ['Expected type "track"', "/data/0/type"]));
    expect(await call("PATCH", moderatorRole, owner, linkageBody(own))).toEqual(failure(422, ["Only track organizers organize tracks, not moderator", "/data"]));
    expect(await call("GET", row, owner)).toEqual(linkage(row));
    // The database refuses a cross-event assignment even if a service forgot to check.
    await expect(db.trackAssignment.create({ data: { usersEventsRoleId: row.id, eventId: event.id, trackId: foreign.id } })).rejects.toThrow();
  });

  it("answers 404 to everyone who does not manage the event's roles, the track organizer included", async () => {
    const reviewer = await createUser();
    tokens.set(reviewer.id, await signApiToken(reviewer));
    const own = await createTrack({ event });
    const row = await addRole(reviewer, event, "track_organizer", { tracks: [own] });
    for (const as of [reviewer, moderator, stranger, undefined]) {
      expect(await call("GET", row, as)).toEqual(failure(404, "Role not found"));
      expect(await call("PATCH", row, as, { data: [] })).toEqual(failure(404, "Role not found"));
    }
    expect(await call("GET", row, owner)).toEqual(linkage(row, own));
  });

  it("takes the tracks away with the member", async () => {
    const own = await createTrack({ event });
    const row = await addRole(await createUser(), event, "track_organizer", { tracks: [own] });
    const removed = await DELETE(request("DELETE", `/v1/users-events-roles/${row.id}`, { token: token(owner) }), params({ id: row.id }));
    expect((await read(removed)).status).toBe(200);
    expect(await db.trackAssignment.count({ where: { usersEventsRoleId: row.id } })).toBe(0);
  });
});

describe("PATCH /v1/users-events-roles/{id} (another role for a team member)", () => {
  const patch = async (row: UsersEventsRoles, as: User | undefined, attributes: Record<string, unknown>, relationships?: Record<string, unknown>) =>
    read(
      await PATCH(
        request("PATCH", `/v1/users-events-roles/${row.id}`, {
          token: as && token(as),
          body: { data: { type: "users-events-roles", id: String(row.id), attributes, ...(relationships ? { relationships } : {}) } },
        }),
        params({ id: row.id }),
      ),
    );
  const own = async (row: UsersEventsRoles) => read(await GET(request("GET", `/v1/users-events-roles/${row.id}`, { token: token(owner) }), params({ id: row.id })));

  it("gives the member another role, by role-name or the role relationship, and drops a track organizer's tracks", async () => {
    const track = await createTrack({ event });
    const row = await addRole(await createUser(), event, "track_organizer", { tracks: [track] });
    const changed = await patch(row, owner, { "role-name": "registrar" });
    expect(changed).toEqual(await own(row));
    expect(changed.body).toMatchObject({ data: { attributes: { "role-name": "registrar" } } });
    expect(await db.trackAssignment.count({ where: { usersEventsRoleId: row.id } })).toBe(0);
    const coorganizer = await db.role.findUniqueOrThrow({ where: { name: "coorganizer" } });
    expect(await patch(row, admin, {}, { role: { data: { type: "role", id: String(coorganizer.id) } } })).toEqual(await own(row));
    expect((await own(row)).body).toMatchObject({ data: { attributes: { "role-name": "coorganizer" } } });
    const linkage = await read(
      await roleLinkage.PATCH(
        request("PATCH", `/v1/users-events-roles/${row.id}/relationships/role`, { token: token(owner), body: { data: { type: "role", id: String(coorganizer.id) } } }),
        params({ id: row.id }),
      ),
    );
    expect(linkage).toEqual({
      status: 200,
      body: {
        data: { type: "role", id: String(coorganizer.id) },
        links: { self: `/v1/users-events-roles/${row.id}/relationships/role`, related: `/v1/users-events-roles/${row.id}/role` },
        jsonapi: { version: "1.1" },
      },
    });
  });

  it("refuses the owner's row, roles an invite cannot grant, a role already held, and everyone who does not manage roles", async () => {
    const ownerRow = await db.role.findUniqueOrThrow({ where: { name: "owner" } });
    expect(await patch(ownerRole, owner, { "role-name": "organizer" })).toEqual(
      failure(403, ["The owner's role changes by handing the event over (PATCH /v1/events/{id}/relationships/owner)", "/data/attributes/role-name"]),
    );
    expect(await patch(ownerRole, owner, {}, { role: { data: { type: "role", id: String(ownerRow.id) } } })).toEqual(await own(ownerRole));
    expect(await patch(moderatorRole, owner, { "role-name": "owner" })).toEqual(
      failure(422, ["Role must be one of organizer, coorganizer, track_organizer, moderator, registrar", "/data/attributes/role-name"]),
    );
    await addRole(moderator, event, "registrar");
    expect(await patch(moderatorRole, owner, { "role-name": "registrar" })).toEqual(
      failure(409, ["This person already is Registrar of the event", "/data/attributes/role-name"]),
    );
    for (const as of [moderator, stranger, undefined]) expect(await patch(moderatorRole, as, { "role-name": "coorganizer" })).toEqual(failure(404, "Role not found"));
    expect((await own(moderatorRole)).body).toMatchObject({ data: { attributes: { "role-name": "moderator" } } });
  });
});
