import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { DELETED, errorDocument, failure, noParams, params, read, request, single } from "@/lib/testing/api";
import { authRequest, sessionCookie } from "@/lib/testing/auth-requests";
import { addRole, createEvent, createUser, DEFAULT_PASSWORD } from "@/prisma/factories";
import { POST as login } from "../../auth/login/route";
import { GET as me } from "../me/route";
import { GET as list } from "../route";
import { DELETE, GET, PATCH } from "./route";

/**
 * /v1/users and /v1/users/{id} (Open Event's UserList and UserDetail): the list for admins, the
 * whole account for the user and admins and the public profile for others, profile and privilege
 * updates, delete and restore.
 */

const FLAGS = ["owner", "organizer", "coorganizer", "track-organizer", "moderator", "registrar", "attendee"];

/** The whole `user` document of a row as the database holds it now, with the roles it holds. */
async function fullDocument(id: number, held: string[] = []) {
  const user = await db.user.findUniqueOrThrow({ where: { id } });
  const self = `/v1/users/${id}`;
  return single(
    {
      type: "user",
      id: String(id),
      attributes: {
        email: user.email,
        "first-name": user.firstName,
        "last-name": user.lastName,
        "public-name": user.publicName,
        details: user.details,
        "avatar-url": user.avatarUrl,
        contact: user.contact,
        "facebook-url": user.facebookUrl,
        "twitter-url": user.twitterUrl,
        "instagram-url": user.instagramUrl,
        "google-plus-url": user.googlePlusUrl,
        "is-admin": user.isAdmin,
        "is-super-admin": user.isSuperAdmin,
        "is-verified": user.isVerified,
        "created-at": user.createdAt.toISOString(),
        "last-accessed-at": user.lastAccessedAt?.toISOString() ?? null,
        "deleted-at": user.deletedAt?.toISOString() ?? null,
        ...Object.fromEntries(FLAGS.map((role) => [`is-user-${role}`, held.includes(role)])),
      },
      links: { self },
    },
    self,
  );
}

const getUser = async (id: number, token?: string) => read(await GET(request("GET", `/v1/users/${id}`, { token }), params({ id })));
const patchUser = async (id: number, attributes: Record<string, unknown>, token?: string) =>
  read(await PATCH(request("PATCH", `/v1/users/${id}`, { token, body: { data: { type: "user", id: String(id), attributes } } }), params({ id })));
const deleteUser = async (id: number, token?: string) => read(await DELETE(request("DELETE", `/v1/users/${id}`, { token }), params({ id })));
const listUsers = async (query: string, token?: string) => read(await list(request("GET", `/v1/users${query}`, { token }), noParams));

const FORBIDDEN_ADMIN = { status: 403, body: errorDocument(403, "FORBIDDEN", "Forbidden", "Admin access is required") };
const UNAUTHORIZED = { status: 401, body: errorDocument(401, "UNAUTHORIZED", "Unauthorized", "Authentication required") };

let admin: User, superAdmin: User, plain: User;
let tokens: { admin: string; superAdmin: string; plain: string };

beforeAll(async () => {
  admin = await createUser({ isAdmin: true, email: "admin-users@example.test" });
  superAdmin = await createUser({ isAdmin: true, isSuperAdmin: true, email: "super-users@example.test" });
  plain = await createUser({ email: "plain-users@example.test" });
  tokens = { admin: await signApiToken(admin), superAdmin: await signApiToken(superAdmin), plain: await signApiToken(plain) };
});

describe("GET /v1/users", () => {
  it("lists accounts to admins with Open Event's filters, simple filters, sort, pages and meta.count", async () => {
    const tag = `zz${Date.now().toString(36)}`;
    const ann = await createUser({ email: `${tag}-ann@example.test`, firstName: "Ann", lastName: "Zed", isVerified: true });
    const bob = await createUser({ email: `${tag}-bob@example.test`, firstName: "Bob", lastName: "Young", isVerified: false });
    const cat = await createUser({ email: `${tag}-cat@example.test`, firstName: "Cat", lastName: "Xu", isAdmin: true });
    const dan = await createUser({ email: `${tag}-dan@example.test`, firstName: "Dan", lastName: "Wu", deletedAt: new Date() });
    const ids = async (query: string) => {
      const { status, body } = await listUsers(query, tokens.admin);
      expect(status, JSON.stringify(body)).toBe(200);
      return { ids: (body.data as { id: string }[]).map((user) => Number(user.id)), count: (body.meta as { count: number }).count };
    };
    const filter = (...conditions: unknown[]) => `filter=${encodeURIComponent(JSON.stringify([{ name: "email", op: "ilike", val: `${tag}%` }, ...conditions]))}`;

    // Live accounts only, by e-mail (Open Event's filter JSON), sorted.
    expect(await ids(`?${filter()}&sort=email`)).toEqual({ ids: [ann.id, bob.id, cat.id], count: 3 });
    expect(await ids(`?${filter()}&sort=-last-name`)).toEqual({ ids: [ann.id, bob.id, cat.id], count: 3 });
    expect(await ids(`?${filter({ name: "first-name", op: "eq", val: "Bob" })}`)).toEqual({ ids: [bob.id], count: 1 });
    expect(await ids(`?${filter({ name: "is-admin", op: "eq", val: true })}`)).toEqual({ ids: [cat.id], count: 1 });
    // The simple filters: every account of this file's database but Bob is verified.
    expect(await ids("?filter[is-verified]=false")).toEqual({ ids: [bob.id], count: 1 });
    expect(await ids(`?${filter({ name: "is-verified", op: "eq", val: false })}`)).toEqual({ ids: [bob.id], count: 1 });
    // Deleted accounts when a filter names deleted-at.
    expect(await ids(`?${filter({ name: "deleted-at", op: "ne", val: null })}`)).toEqual({ ids: [dan.id], count: 1 });
    expect(await ids(`?${filter({ or: [{ name: "deleted-at", op: "eq", val: null }, { name: "deleted-at", op: "ne", val: null }] })}&sort=email`)).toEqual({
      ids: [ann.id, bob.id, cat.id, dan.id],
      count: 4,
    });
    // Pages, the total in meta.count.
    expect(await ids(`?${filter()}&sort=email&page[size]=2&page[number]=2`)).toEqual({ ids: [cat.id], count: 3 });

    // The documents are the users' whole documents.
    const { body } = await listUsers(`?${filter({ name: "first-name", op: "eq", val: "Ann" })}`, tokens.superAdmin);
    expect(body.data).toEqual([(await fullDocument(ann.id)).data]);
  });

  it("is 403 for users who are not admins, 401 for anonymous callers; a bad filter is 400", async () => {
    expect(await listUsers("", tokens.plain)).toEqual(FORBIDDEN_ADMIN);
    expect(await listUsers("")).toEqual(UNAUTHORIZED);
    const { status, body } = await listUsers(`?filter=${encodeURIComponent(JSON.stringify([{ name: "password-hash", op: "eq", val: "x" }]))}`, tokens.admin);
    expect({ status, parameter: (body.errors as { source: { parameter: string } }[])[0]?.source.parameter }).toEqual({ status: 400, parameter: "filter" });
  });
});

describe("GET /v1/users/{id}", () => {
  it("shows the user and admins the whole account, others the public profile, anonymous callers nothing", async () => {
    const user = await createUser({ publicName: "Ada L.", avatarUrl: "/uploads/ada.png", contact: "+1 555", twitterUrl: "https://x.example/ada" });
    const event = await createEvent({ owner: user });
    await addRole(user, event, "attendee");
    const whole = await fullDocument(user.id, ["owner", "attendee"]);
    expect(await getUser(user.id, await signApiToken(user))).toEqual({ status: 200, body: whole });
    expect(await getUser(user.id, tokens.admin)).toEqual({ status: 200, body: whole });
    const self = `/v1/users/${user.id}`;
    expect(await getUser(user.id, tokens.plain)).toEqual({
      status: 200,
      body: single({ type: "user", id: String(user.id), attributes: { "first-name": user.firstName, "last-name": user.lastName, "public-name": "Ada L.", "avatar-url": "/uploads/ada.png" }, links: { self } }, self),
    });
    expect(await getUser(user.id)).toEqual(UNAUTHORIZED);
    expect(await getUser(2_000_000_000, tokens.admin)).toEqual(failure(404, "User not found"));
  });
});

describe("PATCH /v1/users/{id}", () => {
  it("lets the user edit their profile; read-only members sent back are ignored", async () => {
    const user = await createUser();
    const token = await signApiToken(user);
    const attributes = {
      "first-name": "Grace",
      "last-name": "Hopper",
      "public-name": "Amazing Grace",
      details: "Wrote the first compiler.",
      "avatar-url": "/uploads/grace.png",
      contact: "+1 555 0100",
      "facebook-url": "https://facebook.example/grace",
      "twitter-url": "https://twitter.example/grace",
      "instagram-url": null,
      "google-plus-url": null,
      email: "not-changed@example.test",
      "created-at": "2000-01-01T00:00:00.000Z",
      "is-user-owner": true,
    };
    const answer = await patchUser(user.id, attributes, token);
    expect(answer).toEqual({ status: 200, body: await fullDocument(user.id) });
    expect((answer.body.data as { attributes: Record<string, unknown> }).attributes).toMatchObject({ "first-name": "Grace", "public-name": "Amazing Grace", email: user.email });
    expect((await patchUser(user.id, { "facebook-url": "javascript:alert(1)" }, token)).body).toEqual({
      errors: [{ status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Must be an http(s) URL", source: { pointer: "/data/attributes/facebook-url" } }],
      jsonapi: { version: "1.1" },
    });
  });

  it("lets nobody raise their own privileges: 403 at the attribute, and nothing changes", async () => {
    const user = await createUser({ isVerified: false });
    const token = await signApiToken(user);
    const before = await fullDocument(user.id);
    const refusals: [string, string][] = [
      ["is-admin", "Only admins may change admin rights"],
      ["is-super-admin", "Only admins may change admin rights"],
      ["is-verified", "Only admins may change whether an account is verified"],
    ];
    for (const [attribute, detail] of refusals) {
      expect(await patchUser(user.id, { "first-name": "Changed", [attribute]: true }, token), attribute).toEqual({
        status: 403,
        body: errorDocument(403, "FORBIDDEN", "Forbidden", detail, { pointer: `/data/attributes/${attribute}` }),
      });
    }
    expect(await getUser(user.id, tokens.admin)).toEqual({ status: 200, body: before });
    // An admin does not make themself a super admin either.
    expect(await patchUser(admin.id, { "is-super-admin": true }, tokens.admin)).toEqual({
      status: 403,
      body: errorDocument(403, "FORBIDDEN", "Forbidden", "You may not change your own admin rights", { pointer: "/data/attributes/is-super-admin" }),
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { isSuperAdmin: true } })).toEqual({ isSuperAdmin: false });
  });

  it("lets admins promote and verify others, only a super admin grant super-admin rights; others are 403", async () => {
    const user = await createUser({ isVerified: false });
    expect(await patchUser(user.id, { "is-admin": true, "is-verified": true }, tokens.admin)).toEqual({ status: 200, body: await fullDocument(user.id) });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { isAdmin: true, isVerified: true } })).toEqual({ isAdmin: true, isVerified: true });
    expect(await patchUser(user.id, { "is-super-admin": true }, tokens.admin)).toEqual({
      status: 403,
      body: errorDocument(403, "FORBIDDEN", "Forbidden", "Only a super admin may change super-admin rights", { pointer: "/data/attributes/is-super-admin" }),
    });
    expect((await patchUser(user.id, { "is-super-admin": true }, tokens.superAdmin)).status).toBe(200);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { isSuperAdmin: true } })).toEqual({ isSuperAdmin: true });

    const before = await fullDocument(user.id);
    expect(await patchUser(user.id, { "first-name": "Mallory" }, tokens.plain)).toEqual({ status: 403, body: errorDocument(403, "FORBIDDEN", "Forbidden", "You may only change your own account") });
    expect(await patchUser(user.id, { "first-name": "Mallory" })).toEqual(UNAUTHORIZED);
    expect(await getUser(user.id, tokens.admin)).toEqual({ status: 200, body: before });
  });
});

describe("DELETE /v1/users/{id}", () => {
  const apiToken = async (email: string) => {
    const response = await login(authRequest("/v1/auth/login", { body: { email, password: DEFAULT_PASSWORD } }));
    return response.status === 200 ? ((await response.json()) as { access_token: string }).access_token : response.status;
  };
  const whoAmI = async (headers: Record<string, string>) => {
    const response = await me(new Request("http://localhost/v1/users/me", { headers }), noParams);
    return response.status === 200 ? ((await response.json()) as { data: { id: string } }).data.id : response.status;
  };

  it("soft-deletes: sign-in, tokens and session cookies are refused; an admin restores the account with PATCH deleted-at null", async () => {
    const user = await createUser();
    const token = await apiToken(user.email);
    const cookie = await sessionCookie(user.email, DEFAULT_PASSWORD);
    expect([await whoAmI({ authorization: `JWT ${token}` }), await whoAmI({ cookie })]).toEqual([String(user.id), String(user.id)]);

    expect(await deleteUser(user.id, String(token))).toEqual(DELETED);
    expect([await whoAmI({ authorization: `JWT ${token}` }), await whoAmI({ cookie }), await apiToken(user.email)]).toEqual([401, 401, 401]);
    // Admins still see it, marked deleted; others do not.
    const deleted = await getUser(user.id, tokens.admin);
    expect((deleted.body.data as { attributes: { "deleted-at": string } }).attributes["deleted-at"]).toEqual(expect.any(String));
    expect(await getUser(user.id, tokens.plain)).toEqual(failure(404, "User not found"));

    // Restoring is for admins.
    expect(await patchUser(user.id, { "deleted-at": null }, tokens.plain)).toEqual(failure(404, "User not found"));
    expect(await patchUser(user.id, { "deleted-at": null }, tokens.admin)).toEqual({ status: 200, body: await fullDocument(user.id) });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { deletedAt: true } })).toEqual({ deletedAt: null });
    // The account signs in again; tokens from before the deletion stay dead.
    const fresh = await apiToken(user.email);
    expect([await whoAmI({ authorization: `JWT ${fresh}` }), await whoAmI({ authorization: `JWT ${token}` }), await whoAmI({ cookie })]).toEqual([String(user.id), 401, 401]);
    // Open Event's delete by PATCH works as well.
    expect((await patchUser(user.id, { "deleted-at": new Date().toISOString() }, String(fresh))).status).toBe(200);
    expect(await whoAmI({ authorization: `JWT ${fresh}` })).toBe(401);
  });

  it("refuses to delete an event's last owner with a clear error, and others' accounts with 403", async () => {
    const owner = await createUser();
    const ownerToken = await signApiToken(owner);
    await createEvent({ owner, name: "Lonely Conf" });
    const conflict = {
      status: 409,
      body: errorDocument(409, "CONFLICT", "Conflict", "You are the last owner of “Lonely Conf”. Make someone else an owner of it (or delete it) before deleting the account."),
    };
    expect(await deleteUser(owner.id, ownerToken)).toEqual(conflict);
    expect(await patchUser(owner.id, { "deleted-at": new Date().toISOString(), "first-name": "Gone" }, ownerToken)).toEqual(conflict);
    expect(await deleteUser(owner.id, tokens.plain)).toEqual({ status: 403, body: errorDocument(403, "FORBIDDEN", "Forbidden", "You may only delete your own account") });
    expect(await deleteUser(owner.id)).toEqual(UNAUTHORIZED);
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { deletedAt: true, firstName: true } })).toEqual({ deletedAt: null, firstName: owner.firstName });
    expect(await whoAmI({ authorization: `JWT ${ownerToken}` })).toBe(String(owner.id));
  });
});
