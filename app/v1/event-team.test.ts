import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event, User } from "@/lib/generated/prisma/client";
import { callerAs, failure, relationshipLinks } from "@/lib/testing/api";
import { addRole, createEvent, createUser } from "@/prisma/factories";
import * as coorganizers from "./events/[id]/relationships/coorganizers/route";
import * as moderators from "./events/[id]/relationships/moderators/route";
import * as organizers from "./events/[id]/relationships/organizers/route";
import * as ownerAccount from "./events/[id]/owner/route";
import * as owner from "./events/[id]/relationships/owner/route";
import * as registrars from "./events/[id]/relationships/registrars/route";
import * as roleInvites from "./events/[id]/relationships/role-invites/route";
import * as roles from "./events/[id]/relationships/roles/route";
import * as trackOrganizers from "./events/[id]/relationships/track-organizers/route";
import * as userItem from "./users/[id]/route";

/**
 * An event's team as Open Event's event relationships (`/v1/events/{id|identifier}/relationships/
 * organizers`, `owner`, `roles`, `role-invites`, …): each actor reads and changes what the team page
 * lets them (lib/roles/event-team.ts), whole documents compared.
 */

let event: Event;
let draft: Event;
let people: Record<"owner" | "organizer" | "coorganizer" | "moderator" | "stranger" | "admin" | "newcomer", User>;
let call: ReturnType<typeof callerAs>;

beforeAll(async () => {
  const [ownerUser, organizer, coorganizer, moderator, stranger, admin, newcomer] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createUser(),
    createUser(),
    createUser({ isAdmin: true }),
    createUser(),
  ]);
  people = { owner: ownerUser, organizer, coorganizer, moderator, stranger, admin, newcomer };
  event = await createEvent({ owner: ownerUser });
  draft = await createEvent({ owner: ownerUser, state: "draft" });
  await addRole(organizer, event, "organizer");
  await addRole(coorganizer, event, "coorganizer");
  await addRole(moderator, event, "moderator");
  await addRole(stranger, await createEvent(), "organizer");
  const tokens = new Map<string, string>();
  for (const [name, user] of Object.entries(people)) tokens.set(name, await signApiToken(user));
  call = callerAs(tokens);
});

const users = (...list: User[]) => list.map((user) => ({ type: "user", id: String(user.id) }));
const linkage = (name: string, data: unknown) => ({ status: 200, body: { data, ...relationshipLinks("events", event.id, name), jsonapi: { version: "1.1" } } });
const path = (name: string, key: string | number = event.id) => `/v1/events/${key}/relationships/${name}`;
const body = (...list: User[]) => ({ data: users(...list) });

describe("GET /v1/events/{id}/relationships/<team role>", () => {
  it("shows the team to its members and admins, by id and by identifier", async () => {
    for (const as of ["owner", "organizer", "moderator", "admin"]) {
      expect(await call(organizers.GET, "GET", path("organizers"), as, undefined, { id: event.id })).toEqual(linkage("organizers", users(people.organizer)));
    }
    expect(await call(coorganizers.GET, "GET", path("coorganizers", event.identifier), "coorganizer", undefined, { id: event.identifier })).toEqual(
      linkage("coorganizers", users(people.coorganizer)),
    );
    expect(await call(moderators.GET, "GET", path("moderators"), "owner", undefined, { id: event.id })).toEqual(linkage("moderators", users(people.moderator)));
    expect(await call(registrars.GET, "GET", path("registrars"), "owner", undefined, { id: event.id })).toEqual(linkage("registrars", []));
    expect(await call(trackOrganizers.GET, "GET", path("track-organizers"), "owner", undefined, { id: event.id })).toEqual(linkage("track-organizers", []));
    expect(await call(owner.GET, "GET", path("owner"), "moderator", undefined, { id: event.id })).toEqual(linkage("owner", users(people.owner)[0]));
  });

  it("keeps the team from the public (401), from other organizers (403), and a draft's from everyone off its team (404)", async () => {
    expect(await call(organizers.GET, "GET", path("organizers"), "anonymous", undefined, { id: event.id })).toEqual(failure(401, "Sign in to see who is on its team"));
    expect(await call(owner.GET, "GET", path("owner"), "stranger", undefined, { id: event.id })).toEqual(failure(403, "Only the event's team may see who is on its team"));
    expect(await call(organizers.GET, "GET", path("organizers", draft.id), "stranger", undefined, { id: draft.id })).toEqual(failure(404, "Event not found"));
  });

  it("shows the role rows and invites to those who manage roles only", async () => {
    const rows = await db.usersEventsRoles.findMany({ where: { eventId: event.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const invite = await db.roleInvite.create({ data: { email: "someone@example.test", eventId: event.id, roleId: rows[1]!.roleId, hash: `team-test-${event.id}` } });
    expect(await call(roles.GET, "GET", path("roles"), "organizer", undefined, { id: event.id })).toEqual(
      linkage("roles", rows.map((row) => ({ type: "users-events-roles", id: String(row.id) }))),
    );
    expect(await call(roleInvites.GET, "GET", path("role-invites"), "admin", undefined, { id: event.id })).toEqual(linkage("role-invites", [{ type: "role-invite", id: String(invite.id) }]));
    expect(await call(roleInvites.GET, "GET", path("role-invites"), "coorganizer", undefined, { id: event.id })).toEqual(
      failure(403, "Only the event's owner and organizers may see who is on its team"),
    );
    await db.roleInvite.delete({ where: { id: invite.id } });
  });
});

describe("POST, PATCH and DELETE /v1/events/{id}/relationships/<team role>", () => {
  it("lets an admin add and replace members by id, and answers the linkage", async () => {
    expect(await call(registrars.POST, "POST", path("registrars"), "admin", body(people.newcomer), { id: event.id })).toEqual(linkage("registrars", users(people.newcomer)));
    expect(await call(registrars.PATCH, "PATCH", path("registrars"), "admin", body(people.stranger), { id: event.id })).toEqual(linkage("registrars", users(people.stranger)));
    expect(await call(registrars.DELETE, "DELETE", path("registrars"), "admin", body(people.stranger), { id: event.id })).toEqual(linkage("registrars", []));
  });

  it("lets organizers remove members but not add anyone by id: people join by accepting an invite", async () => {
    await addRole(people.newcomer, event, "moderator");
    expect(await call(moderators.POST, "POST", path("moderators"), "organizer", body(people.stranger), { id: event.id })).toEqual(
      failure(403, ["People join a team by accepting an invite: send one with POST /v1/role-invites", "/data/0"]),
    );
    expect(await call(moderators.DELETE, "DELETE", path("moderators"), "organizer", body(people.newcomer), { id: event.id })).toEqual(linkage("moderators", users(people.moderator)));
    expect(await db.usersEventsRoles.findFirst({ where: { userId: people.newcomer.id, eventId: event.id, role: { name: "moderator" } } })).toMatchObject({ deletedAt: expect.any(Date) });
  });

  it("refuses team members who do not manage roles (403), others (403/401) and bad documents (422 at the pointer)", async () => {
    expect(await call(moderators.PATCH, "PATCH", path("moderators"), "coorganizer", body(), { id: event.id })).toEqual(failure(403, "Only the event's owner and organizers may change its team"));
    expect(await call(moderators.PATCH, "PATCH", path("moderators"), "stranger", body(), { id: event.id })).toEqual(failure(403, "Only the event's owner and organizers may change its team"));
    expect(await call(moderators.PATCH, "PATCH", path("moderators"), "anonymous", body(), { id: event.id })).toEqual(failure(401, "Sign in to change its team"));
    expect(await call(moderators.POST, "POST", path("moderators"), "admin", { data: [{ type: "session", id: "1" }] }, { id: event.id })).toEqual(
      failure(422, ['Expected type "user"', "/data/0/type"]),
    );
    expect(await call(moderators.POST, "POST", path("moderators"), "admin", { data: [{ type: "user", id: "2147483647" }] }, { id: event.id })).toEqual(
      failure(422, ["There is no user with this id", "/data/0/id"]),
    );
    expect(await call(moderators.GET, "GET", path("moderators"), "owner", undefined, { id: event.id })).toEqual(linkage("moderators", users(people.moderator)));
  });

  it("never removes the owner through the role rows, and adds no rows of elsewhere", async () => {
    const ownerRow = await db.usersEventsRoles.findFirstOrThrow({ where: { eventId: event.id, role: { name: "owner" } } });
    expect(await call(roles.DELETE, "DELETE", path("roles"), "organizer", { data: [{ type: "users-events-roles", id: String(ownerRow.id) }] }, { id: event.id })).toEqual(
      failure(403, ["The event's owner cannot be removed from the team", "/data/0"]),
    );
    const elsewhere = await db.usersEventsRoles.findFirstOrThrow({ where: { userId: people.stranger.id, eventId: { not: event.id } } });
    expect(await call(roles.POST, "POST", path("roles"), "organizer", { data: [{ type: "users-events-roles", id: String(elsewhere.id) }] }, { id: event.id })).toEqual(
      failure(422, ["A role row belongs to one event; roles are granted by invites (POST /v1/role-invites)", "/data/0"]),
    );
    expect(await call(roles.PATCH, "PATCH", path("roles"), "owner", { data: [] }, { id: event.id })).toEqual(failure(403, ["The event's owner cannot be removed from the team", "/data"]));
  });

  it("revokes invites removed from role-invites and refuses invites of elsewhere", async () => {
    const roleId = (await db.role.findUniqueOrThrow({ where: { name: "registrar" } })).id;
    const invite = await db.roleInvite.create({ data: { email: "invitee@example.test", eventId: event.id, roleId, hash: `team-revoke-${event.id}` } });
    const other = await db.roleInvite.create({ data: { email: "other@example.test", eventId: draft.id, roleId, hash: `team-other-${draft.id}` } });
    expect(await call(roleInvites.POST, "POST", path("role-invites"), "owner", { data: [{ type: "role-invite", id: String(other.id) }] }, { id: event.id })).toEqual(
      failure(422, ["An invite belongs to one event; invite someone with POST /v1/role-invites", "/data/0"]),
    );
    expect(await call(roleInvites.DELETE, "DELETE", path("role-invites"), "owner", { data: [{ type: "role-invite", id: String(invite.id) }] }, { id: event.id })).toEqual(
      linkage("role-invites", []),
    );
    expect((await db.roleInvite.findUniqueOrThrow({ where: { id: invite.id } })).deletedAt).toEqual(expect.any(Date));
  });
});

describe("/v1/events/{id}/relationships/owner", () => {
  it("hands the event to a team member; the previous owner stays an organizer", async () => {
    expect(await call(owner.PATCH, "PATCH", path("owner"), "organizer", { data: users(people.coorganizer)[0] }, { id: event.id })).toEqual(
      failure(403, ["Only the event's owner may hand it over", "/data"]),
    );
    expect(await call(owner.PATCH, "PATCH", path("owner"), "owner", { data: users(people.stranger)[0] }, { id: event.id })).toEqual(
      failure(422, ["The new owner must be on the event's team; invite them first", "/data/id"]),
    );
    expect(await call(owner.PATCH, "PATCH", path("owner"), "owner", { data: users(people.coorganizer)[0] }, { id: event.id })).toEqual(linkage("owner", users(people.coorganizer)[0]));
    expect(await call(organizers.GET, "GET", path("organizers"), "coorganizer", undefined, { id: event.id })).toEqual(linkage("organizers", users(people.organizer, people.owner)));
    // An admin may hand it to anyone, back to the first owner here.
    expect(await call(owner.POST, "POST", path("owner"), "admin", { data: users(people.owner)[0] }, { id: event.id })).toEqual(linkage("owner", users(people.owner)[0]));
  });

  it("refuses to empty it, and bad documents at their pointer", async () => {
    expect(await call(owner.DELETE, "DELETE", path("owner"), "owner", { data: null }, { id: event.id })).toEqual(
      failure(422, ["An event always has an owner; name the user who takes it over", "/data"]),
    );
    expect(await call(owner.PATCH, "PATCH", path("owner"), "admin", { data: null }, { id: event.id })).toEqual(
      failure(422, ["An event always has an owner; name the user who takes it over", "/data"]),
    );
    expect(await call(owner.PATCH, "PATCH", path("owner"), "admin", { data: [] }, { id: event.id })).toEqual(failure(422, ["Must be {data: null} or {data: {type, id}}", "/data"]));
    expect(await call(owner.DELETE, "DELETE", path("owner"), "anonymous", undefined, { id: event.id })).toEqual(failure(401, "Sign in to change its owner"));
    expect(await call(owner.GET, "GET", path("owner"), "admin", undefined, { id: event.id })).toEqual(linkage("owner", users(people.owner)[0]));
  });
});

describe("/v1/events/{id}/owner", () => {
  const ownerPath = () => `/v1/events/${event.id}/owner`;
  const account = (as: string) => call(userItem.GET, "GET", `/v1/users/${people.owner.id}`, as, undefined, { id: people.owner.id });

  it("answers the owner's account as /v1/users/{id} shows it to the caller, to the team", async () => {
    for (const as of ["owner", "moderator", "admin"]) expect(await call(ownerAccount.GET, "GET", ownerPath(), as, undefined, { id: event.id })).toEqual(await account(as));
    expect(await call(ownerAccount.GET, "GET", `/v1/events/${event.identifier}/owner`, "owner", undefined, { id: event.identifier })).toEqual(await account("owner"));
    expect(await call(ownerAccount.GET, "GET", ownerPath(), "stranger", undefined, { id: event.id })).toEqual(failure(403, "Only the event's team may see who is on its team"));
    expect(await call(ownerAccount.GET, "GET", ownerPath(), "anonymous", undefined, { id: event.id })).toEqual(failure(401, "Sign in to see who is on its team"));
  });

  it("changes and deletes that account as /v1/users/{id} does", async () => {
    const document = { data: { type: "user", id: String(people.owner.id), attributes: { details: "Runs the event" } } };
    expect(await call(ownerAccount.PATCH, "PATCH", ownerPath(), "owner", document, { id: event.id })).toEqual(await account("owner"));
    expect((await account("owner")).body).toMatchObject({ data: { attributes: { details: "Runs the event" } } });
    const direct = await call(userItem.PATCH, "PATCH", `/v1/users/${people.owner.id}`, "organizer", document, { id: people.owner.id });
    expect(direct.status).toBeGreaterThanOrEqual(403);
    expect(await call(ownerAccount.PATCH, "PATCH", ownerPath(), "organizer", document, { id: event.id })).toEqual(direct);
    expect(await call(ownerAccount.DELETE, "DELETE", ownerPath(), "anonymous", undefined, { id: event.id })).toEqual(failure(401, "Sign in to see who is on its team"));
  });
});
