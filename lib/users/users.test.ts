import { beforeAll, describe, expect, it } from "vitest";
import { addRole, createEvent, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { loadActor } from "../auth/get-actor";
import { db, queryCount } from "../db";
import { parseUserListParams, userListQuery, userListSearch } from "./admin-users-query";
import { deleteUser } from "./delete-user";
import { findUserEvents } from "./find-user-events";
import { findUsers } from "./find-users";
import { getUser } from "./get-user";
import { isPublicProfile, USER_SELECT } from "./load";
import { restoreUser } from "./restore-user";
import { updateUserSchema, userProfileSchema } from "./schemas";
import { updateUser } from "./update-user";
import { asActor } from "../testing/actors";

const profileOf = (id: number) => db.user.findUniqueOrThrow({ where: { id }, select: USER_SELECT });

let admin: NonNullable<Actor>;
let superAdmin: NonNullable<Actor>;

beforeAll(async () => {
  admin = asActor(await createUser({ isAdmin: true, email: `admin-${Date.now()}@example.test` }));
  superAdmin = asActor(await createUser({ isAdmin: true, isSuperAdmin: true }));
});

describe("the admin users list", () => {
  it("filters by e-mail or name, is-admin, is-verified and deleted, sorts and pages, with the total", async () => {
    const tag = `lst${Date.now().toString(36)}`;
    const ann = await createUser({ email: `${tag}-ann@example.test`, firstName: "Ann", lastName: `Zed ${tag}`, isVerified: true });
    const bob = await createUser({ email: `${tag}-bob@example.test`, firstName: "Bob", lastName: `Young ${tag}`, isVerified: false });
    const cat = await createUser({ email: `${tag}-cat@example.test`, firstName: "Cat", lastName: `Xu ${tag}`, isAdmin: true });
    const dan = await createUser({ email: `${tag}-dan@example.test`, publicName: `Dan the ${tag}`, isSuperAdmin: true, lastName: null, firstName: null });
    const eve = await createUser({ email: `${tag}-eve@example.test`, firstName: "Eve", lastName: `Will ${tag}`, deletedAt: new Date() });

    const list = async (params: Record<string, string>) => {
      const { items, count } = await findUsers(admin, userListQuery(parseUserListParams({ q: tag, ...params })));
      return { emails: items.map((user) => user.email.split("@")[0]!.replace(`${tag}-`, "")), count };
    };
    expect(await list({ sort: "email" })).toEqual({ emails: ["ann", "bob", "cat", "dan"], count: 4 });
    expect(await list({ sort: "-email" })).toEqual({ emails: ["dan", "cat", "bob", "ann"], count: 4 });
    // By family name; a user without one comes last.
    expect(await list({ sort: "name" })).toEqual({ emails: ["cat", "bob", "ann", "dan"], count: 4 });
    expect(await list({ "is-admin": "true", sort: "email" })).toEqual({ emails: ["cat", "dan"], count: 2 });
    expect(await list({ "is-admin": "false", sort: "email" })).toEqual({ emails: ["ann", "bob"], count: 2 });
    expect(await list({ "is-verified": "false" })).toEqual({ emails: ["bob"], count: 1 });
    expect(await list({ deleted: "only" })).toEqual({ emails: ["eve"], count: 1 });
    expect(await list({ deleted: "include", sort: "email" })).toEqual({ emails: ["ann", "bob", "cat", "dan", "eve"], count: 5 });
    expect(await list({ role: "super-admin" })).toEqual({ emails: ["dan"], count: 1 });
    // E-mail, first, family and public names, case-insensitively.
    expect((await findUsers(admin, userListQuery(parseUserListParams({ q: `${tag}-BOB` })))).items.map((u) => u.id)).toEqual([bob.id]);
    expect((await findUsers(admin, userListQuery(parseUserListParams({ q: `zed ${tag}` })))).items.map((u) => u.id)).toEqual([ann.id]);
    expect((await findUsers(admin, userListQuery(parseUserListParams({ q: `the ${tag}` })))).items.map((u) => u.id)).toEqual([dan.id]);
    // Pages of the asked size, with the total.
    const page2 = await findUsers(admin, userListQuery({ ...parseUserListParams({ q: tag, sort: "email" }), page: 2 }, 3));
    expect({ ids: page2.items.map((u) => u.id), count: page2.count }).toEqual({ ids: [dan.id], count: 4 });
    void [cat, eve];
  });

  it("reads its filters from the URL and ignores what is malformed", () => {
    expect(parseUserListParams({ q: " ann ", role: "owner", "is-admin": "true", "is-verified": "false", deleted: "only", sort: "email", page: "3" })).toEqual({
      q: "ann",
      role: "owner",
      isAdmin: true,
      isVerified: false,
      deleted: "only",
      sort: "email",
      page: 3,
    });
    expect(parseUserListParams({ role: "root", "is-admin": "yes", deleted: "all", sort: "password-hash", page: "0" })).toEqual({
      q: "",
      role: null,
      isAdmin: null,
      isVerified: null,
      deleted: "exclude",
      sort: "-created-at",
      page: 1,
    });
    expect(userListSearch(parseUserListParams({ role: "track-organizer", "is-admin": "false", q: "a b" }), 2)).toBe("?q=a+b&role=track-organizer&is-admin=false&page=2");
  });

  it("is for admins only", async () => {
    const query = userListQuery(parseUserListParams({}));
    await expect(findUsers(asActor(await createUser()), query)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findUsers(null, query)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("reading a user", () => {
  it("shows the whole profile to the user and admins, the public one to others, nothing to anonymous callers", async () => {
    const user = await createUser({ publicName: "Ada L.", avatarUrl: "/uploads/ada.png", contact: "+1 555", twitterUrl: "https://x.example/ada" });
    const full = await profileOf(user.id);
    expect(await getUser(asActor(user), user.id)).toEqual(full);
    expect(await getUser(admin, user.id)).toEqual(full);
    const seen = await getUser(asActor(await createUser()), user.id);
    expect(seen).toEqual({ id: user.id, firstName: user.firstName, lastName: user.lastName, publicName: "Ada L.", avatarUrl: "/uploads/ada.png" });
    expect(isPublicProfile(seen)).toBe(true);
    await expect(getUser(null, user.id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(getUser(admin, 2_000_000_000)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // A deleted account: admins still see it (to restore it), others do not.
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    await expect(getUser(asActor(await createUser()), user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getUser(admin, user.id)).toMatchObject({ id: user.id, deletedAt: expect.any(Date) });
  });
});

describe("updating a user", () => {
  it("lets a user edit their own profile", async () => {
    const user = await createUser();
    const before = await profileOf(user.id);
    const input = updateUserSchema.parse({
      firstName: " Grace ",
      lastName: "Hopper",
      publicName: "Amazing Grace",
      details: "Wrote the first compiler.",
      avatarUrl: "/uploads/grace.png",
      contact: "+1 555 0100",
      facebookUrl: "https://facebook.example/grace",
      twitterUrl: "https://twitter.example/grace",
      instagramUrl: "",
      googlePlusUrl: null,
    });
    const after = await updateUser(asActor(user), user.id, input);
    expect(after).toEqual({
      ...before,
      firstName: "Grace",
      lastName: "Hopper",
      publicName: "Amazing Grace",
      details: "Wrote the first compiler.",
      avatarUrl: "/uploads/grace.png",
      contact: "+1 555 0100",
      facebookUrl: "https://facebook.example/grace",
      twitterUrl: "https://twitter.example/grace",
      instagramUrl: null,
      googlePlusUrl: null,
    });
    expect(await profileOf(user.id)).toEqual(after);
    // Left out means unchanged.
    expect(await updateUser(asActor(user), user.id, updateUserSchema.parse({ details: "Rear admiral." }))).toEqual({ ...after, details: "Rear admiral." });
  });

  it("refuses bad values at their fields", () => {
    const result = userProfileSchema.safeParse({ facebookUrl: "javascript:alert(1)", avatarUrl: "//evil.example/x.png", firstName: "x".repeat(101) });
    expect(result.success).toBe(false);
    expect(Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]))).toEqual({
      facebookUrl: "Must be an http(s) URL",
      avatarUrl: "Must be an http(s) URL or a path on this site",
      firstName: "First name must be at most 100 characters",
    });
    expect(updateUserSchema.safeParse({ isAdmin: "yes" }).error?.issues[0]).toMatchObject({ path: ["isAdmin"], message: "Must be true or false" });
  });

  it("lets nobody raise their own privileges: FORBIDDEN at the field, and nothing of the update is written", async () => {
    const user = await createUser({ isVerified: false });
    const before = await profileOf(user.id);
    for (const privilege of [{ isAdmin: true }, { isSuperAdmin: true }, { isVerified: true }]) {
      await expect(updateUser(asActor(user), user.id, { firstName: "Changed", ...privilege })).rejects.toMatchObject({
        code: "FORBIDDEN",
        source: { field: Object.keys(privilege)[0] },
      });
    }
    expect(await profileOf(user.id)).toEqual(before);
    // Sending the values the account has is no change, so it is not refused.
    expect((await updateUser(asActor(user), user.id, { firstName: "Same", isAdmin: false, isVerified: false })).firstName).toBe("Same");

    const self = await createUser({ isAdmin: true });
    await expect(updateUser(asActor(self), self.id, { isSuperAdmin: true })).rejects.toMatchObject({ code: "FORBIDDEN", detail: "You may not change your own admin rights" });
    await expect(updateUser(asActor(self), self.id, { isAdmin: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await profileOf(self.id)).toMatchObject({ isAdmin: true, isSuperAdmin: false });
  });

  it("lets admins promote, demote and verify others; super-admin rights only by a super admin", async () => {
    const user = await createUser({ isVerified: false });
    expect(await updateUser(admin, user.id, { isAdmin: true, isVerified: true })).toMatchObject({ isAdmin: true, isVerified: true, isSuperAdmin: false });
    expect(await loadActor(user.id, 0)).toEqual({ id: user.id, email: user.email, isAdmin: true, isSuperAdmin: false });

    await expect(updateUser(admin, user.id, { isSuperAdmin: true })).rejects.toMatchObject({ code: "FORBIDDEN", source: { field: "isSuperAdmin" } });
    expect(await updateUser(superAdmin, user.id, { isSuperAdmin: true })).toMatchObject({ isSuperAdmin: true });
    // A plain admin cannot demote a super admin.
    await expect(updateUser(admin, user.id, { isAdmin: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await updateUser(superAdmin, user.id, { isAdmin: false, isSuperAdmin: false })).toMatchObject({ isAdmin: false, isSuperAdmin: false });
    expect(await loadActor(user.id, 0)).toEqual({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });
  });

  it("loads a signed-in caller in one counted statement; other versions and out-of-range ids are anonymous", async () => {
    const user = await createUser();
    const before = queryCount();
    expect(await loadActor(user.id, 0)).toEqual({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });
    expect(queryCount() - before).toBe(1);
    expect(await loadActor(user.id, 1)).toBeNull();
    expect(await loadActor(2 ** 31, 0)).toBeNull();
    expect(await loadActor(1.5, 0)).toBeNull();
    expect(await loadActor(user.id, -(2 ** 40))).toBeNull();
  });

  it("answers FORBIDDEN to other users and UNAUTHORIZED to anonymous callers", async () => {
    const user = await createUser();
    const before = await profileOf(user.id);
    await expect(updateUser(asActor(await createUser()), user.id, { firstName: "Mallory" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateUser(null, user.id, { firstName: "Mallory" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await profileOf(user.id)).toEqual(before);
  });
});

describe("deleting a user", () => {
  it("is for the user and admins (a super admin only by a super admin); restoring is for admins", async () => {
    const user = await createUser();
    await expect(deleteUser(asActor(await createUser()), user.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteUser(null, user.id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await deleteUser(admin, user.id);
    expect((await profileOf(user.id)).deletedAt).toEqual(expect.any(Date));
    await expect(deleteUser(admin, user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreUser(asActor(await createUser()), user.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(restoreUser(null, user.id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const boss = await createUser({ isAdmin: true, isSuperAdmin: true });
    await expect(deleteUser(admin, boss.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteUser(superAdmin, boss.id);
    expect((await profileOf(boss.id)).deletedAt).toEqual(expect.any(Date));
  });

  it("keeps the last owner of an event until someone else owns it", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner, name: "Lonely Conf" });
    await createEvent({ owner, name: "Gone Conf", deletedAt: new Date() });
    const shared = await createEvent({ owner, name: "Shared Conf" });
    await addRole(await createUser(), shared, "owner");

    await expect(deleteUser(asActor(owner), owner.id)).rejects.toMatchObject({
      code: "CONFLICT",
      detail: "You are the last owner of “Lonely Conf”. Make someone else an owner of it (or delete it) before deleting the account.",
    });
    // A deleted co-owner or an organizer does not take it over.
    await addRole(await createUser({ deletedAt: new Date() }), event, "owner");
    await addRole(await createUser(), event, "organizer");
    await expect(deleteUser(admin, owner.id)).rejects.toMatchObject({ code: "CONFLICT", detail: expect.stringMatching(/^This user is the last owner of “Lonely Conf”/) });
    expect((await profileOf(owner.id)).deletedAt).toBeNull();

    await addRole(await createUser(), event, "owner");
    await deleteUser(admin, owner.id);
    expect((await profileOf(owner.id)).deletedAt).toEqual(expect.any(Date));
  });
});

describe("a user's events", () => {
  it("lists the events with the user's live roles, deleted events marked, to the user and admins", async () => {
    const user = await createUser();
    const later = await createEvent({ owner: user, startsAt: new Date("2040-02-01T00:00:00Z"), endsAt: new Date("2040-02-02T00:00:00Z") });
    const earlier = await createEvent({ startsAt: new Date("2040-01-01T00:00:00Z"), endsAt: new Date("2040-01-02T00:00:00Z"), deletedAt: new Date("2039-01-01T00:00:00Z") });
    await addRole(user, later, "attendee");
    await addRole(user, earlier, "track_organizer");
    await db.usersEventsRoles.update({ where: { id: (await addRole(user, earlier, "moderator")).id }, data: { deletedAt: new Date() } });
    await createEvent();
    const expected = [
      { id: later.id, identifier: later.identifier, name: later.name, state: "published", startsAt: later.startsAt, deletedAt: null, roles: ["owner", "attendee"] },
      { id: earlier.id, identifier: earlier.identifier, name: earlier.name, state: "published", startsAt: earlier.startsAt, deletedAt: earlier.deletedAt, roles: ["track_organizer"] },
    ];
    expect(await findUserEvents(admin, user.id)).toEqual(expected);
    expect(await findUserEvents(asActor(user), user.id)).toEqual(expected);
    await expect(findUserEvents(asActor(await createUser()), user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findUserEvents(null, user.id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
