import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { failure, onePage, params, read, request, single } from "@/lib/content/test-helpers";
import { db } from "@/lib/db";
import type { Event, User, UsersEventsRoles } from "@/lib/generated/prisma/client";
import { addRole, createEvent, createUser } from "@/prisma/factories";
import { GET as listRoles } from "../../events/[id]/users-events-roles/route";
import { GET as getUser } from "../../users/[id]/route";
import { GET } from "./route";

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

  it("show admins anyone's flags; others get 404", async () => {
    expect(await get(moderator, admin)).toEqual({ status: 200, body: document(moderator, ["moderator", "organizer"]) });
    expect(await get(moderator, stranger)).toEqual(failure(404, "User not found"));
    expect(await get(moderator, owner)).toEqual(failure(404, "User not found"));
  });
});

describe("users-events-roles", () => {
  const entry = (row: UsersEventsRoles, roleName: string, relationships: Record<string, unknown> = {}) => {
    const links = (name: string) => ({ links: { self: `/v1/users-events-roles/${row.id}/relationships/${name}`, related: `/v1/users-events-roles/${row.id}/${name}` } });
    return {
      type: "users-events-roles",
      id: String(row.id),
      attributes: { "role-name": roleName, "created-at": row.createdAt.toISOString() },
      relationships: { user: links("user"), event: links("event"), role: links("role"), ...relationships },
      links: { self: `/v1/users-events-roles/${row.id}` },
    };
  };
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
