import { describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { notificationJobName } from "@/lib/notifications/schemas";
import { runNotificationTask } from "@/lib/notifications/testing";
import { GET as getMe } from "./me/route";
import { GET as getById } from "./[id]/route";
import { POST } from "./route";

function createRequest(body: unknown) {
  return new Request("http://localhost/v1/users", {
    method: "POST",
    headers: { "content-type": "application/vnd.api+json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The profile and contact members of an account that has none, and is not deleted. */
const NO_PROFILE = {
  "public-name": null,
  contact: null,
  "facebook-url": null,
  "twitter-url": null,
  "instagram-url": null,
  "google-plus-url": null,
  "deleted-at": null,
};

const userDocument = (attributes: Record<string, unknown>) => ({ data: { type: "user", attributes } });

const noParams = { params: Promise.resolve({}) };

/** A user sees their own role flags; an account without roles has them all false. */
const NO_ROLE_FLAGS = Object.fromEntries(
  ["owner", "organizer", "coorganizer", "track-organizer", "moderator", "registrar", "attendee"].map((role) => [`is-user-${role}`, false]),
);

/** The answer to every accepted sign-up, new address or not. */
const REGISTERED = { meta: { message: "We sent a mail to this address with the next step." }, jsonapi: { version: "1.1" } };

function validationError(detail: string, pointer: string) {
  return { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail, source: { pointer } };
}

describe("POST /v1/users", () => {
  it("creates an account and answers 202 with a meta document that holds nothing of the account", async () => {
    const response = await POST(
      createRequest(
        userDocument({ email: "New.User@Example.org", password: "s3cret-pass", "first-name": " Jane ", "last-name": "Doe", "is-admin": true }),
      ),
      noParams,
    );
    expect(response.status).toBe(202);
    expect(response.headers.get("content-type")).toBe("application/vnd.api+json");
    expect(response.headers.get("location")).toBeNull();
    const text = await response.text();
    expect(JSON.parse(text)).toEqual(REGISTERED);
    const stored = await db.user.findFirstOrThrow({ where: { email: "new.user@example.org" } });
    expect({ firstName: stored.firstName, lastName: stored.lastName, isAdmin: stored.isAdmin, isVerified: stored.isVerified }).toEqual({
      firstName: "Jane",
      lastName: "Doe",
      isAdmin: false,
      isVerified: false,
    });
    expect(text).not.toMatch(/password|\$2[aby]\$/i);
    expect(await verifyPassword("s3cret-pass", stored.passwordHash)).toBe(true);
    // The new account's own document is what it reads after signing in.
    const me = await getMe(new Request("http://localhost/v1/users/me", { headers: { authorization: `JWT ${await signApiToken(stored)}` } }), noParams);
    expect(((await me.json()) as { data: { attributes: Record<string, unknown> } }).data.attributes).toEqual({
      email: "new.user@example.org",
      "first-name": "Jane",
      "last-name": "Doe",
      details: null,
      "avatar-url": null,
      "is-admin": false,
      "is-super-admin": false,
      ...NO_ROLE_FLAGS,
      "is-verified": false,
      "created-at": stored.createdAt.toISOString(),
      "last-accessed-at": null,
      ...NO_PROFILE,
    });
  });

  it("answers an address that has an account (in any letter case) exactly like a new one, creates nothing and mails the owner", async () => {
    const owner = await db.user.create({ data: { email: "taken@example.org", passwordHash: await hashPassword("owner-password"), firstName: "Olga" } });
    const fresh = await POST(createRequest(userDocument({ email: "fresh@example.org", password: "password-1" })), noParams);
    const taken = await POST(createRequest(userDocument({ email: "TAKEN@example.org", password: "password-2", "first-name": "Mallory" })), noParams);
    const answer = async (response: Response) => ({ status: response.status, headers: [...response.headers.entries()], body: await response.text() });
    expect(await answer(taken)).toEqual(await answer(fresh));
    expect(JSON.parse((await answer(await POST(createRequest(userDocument({ email: "taken@example.org", password: "password-3" })), noParams))).body)).toEqual(REGISTERED);

    // One account, untouched.
    const accounts = await db.user.findMany({ where: { email: { equals: "taken@example.org", mode: "insensitive" } } });
    expect(accounts.map((user) => [user.id, user.firstName, user.sessionVersion])).toEqual([[owner.id, "Olga", 0]]);
    expect(await verifyPassword("owner-password", accounts[0]?.passwordHash ?? "")).toBe(true);

    // The owner is told by mail, once for the two attempts (a quarter hour apart at least), and
    // is not sent a confirmation or welcome.
    const tasks = await db.task.findMany({ where: { userId: owner.id }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, payload: true } });
    expect(tasks.map(({ name, payload }) => [name, payload])).toEqual([[notificationJobName("account_exists"), { userId: owner.id }]]);
    await runNotificationTask(tasks[0]?.id ?? "");
    const { text, ...mail } = await db.mail.findFirstOrThrow({ where: { recipient: "taken@example.org" }, select: { action: true, subject: true, status: true, text: true } });
    expect(mail).toEqual({ action: "account_exists", subject: "Someone tried to sign up with your address", status: "recorded" });
    expect(text).toContain("Hello Olga,");
    expect(text).toContain("Someone just tried to create an account with this address. You already have one, so nothing was created and nothing changed.");
    expect(text).toContain("http://localhost:3000/forgot-password");
    expect(text).toContain("Sign in: http://localhost:3000/sign-in");
    expect(text).not.toContain("password-2");
  });

  it("answers 422 with dasherized pointers for invalid attributes", async () => {
    const response = await POST(
      createRequest(userDocument({ email: "not-an-email", password: "short", "first-name": 42 })),
      noParams,
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: [
        validationError("Enter a valid email address", "/data/attributes/email"),
        validationError("Password must be at least 8 characters", "/data/attributes/password"),
        validationError("First name must be a string", "/data/attributes/first-name"),
      ],
      jsonapi: { version: "1.1" },
    });
    expect(await db.user.count({ where: { email: "not-an-email" } })).toBe(0);
  });

  it("answers 422 for missing attributes", async () => {
    const response = await POST(createRequest(userDocument({})), noParams);
    expect(await response.json()).toEqual({
      errors: [
        validationError("Email is required", "/data/attributes/email"),
        validationError("Password is required", "/data/attributes/password"),
      ],
      jsonapi: { version: "1.1" },
    });
  });

  it("answers 409 for a wrong resource type", async () => {
    const response = await POST(createRequest({ data: { type: "users", attributes: { email: "a@b.org", password: "password-1" } } }), noParams);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      errors: [
        { status: "409", code: "CONFLICT", title: "Conflict", detail: 'Resource type must be "user"', source: { pointer: "/data/type" } },
      ],
      jsonapi: { version: "1.1" },
    });
  });

  it("answers 400 for malformed JSON and 422 without a resource object", async () => {
    const malformed = await POST(createRequest("{"), noParams);
    expect(malformed.status).toBe(400);
    const empty = await POST(createRequest({}), noParams);
    expect(await empty.json()).toEqual({
      errors: [{ status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "A resource object is required", source: { pointer: "/data" } }],
      jsonapi: { version: "1.1" },
    });
  });
});

describe("GET /v1/users/me and /v1/users/{id}", () => {
  const unauthorized = {
    errors: [{ status: "401", code: "UNAUTHORIZED", title: "Unauthorized", detail: "Authentication required" }],
    jsonapi: { version: "1.1" },
  };

  it("answers 401 to an anonymous caller and to a bad token", async () => {
    const anonymous = await getMe(new Request("http://localhost/v1/users/me"), noParams);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual(unauthorized);
    const forged = await getMe(new Request("http://localhost/v1/users/me", { headers: { authorization: "JWT abc.def.ghi" } }), noParams);
    expect(forged.status).toBe(401);
  });

  it("answers the caller's own document with a token", async () => {
    const user = await db.user.create({ data: { email: "me@example.org", passwordHash: "x", firstName: "Me", details: "Hi" } });
    const token = await signApiToken(user);
    const response = await getMe(new Request("http://localhost/v1/users/me", { headers: { authorization: `JWT ${token}` } }), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: {
        type: "user",
        id: String(user.id),
        attributes: {
          email: "me@example.org",
          "first-name": "Me",
          "last-name": null,
          details: "Hi",
          "avatar-url": null,
          "is-admin": false,
          "is-super-admin": false,
          ...NO_ROLE_FLAGS,
          "is-verified": false,
          "created-at": user.createdAt.toISOString(),
          "last-accessed-at": null,
          ...NO_PROFILE,
        },
        links: { self: `/v1/users/${user.id}` },
      },
      links: { self: "/v1/users/me" },
      jsonapi: { version: "1.1" },
    });
  });

  it("shows another user whole to admins and as a public profile to others; a missing or malformed id is 404", async () => {
    const alice = await db.user.create({ data: { email: "alice@example.org", passwordHash: "x" } });
    const bob = await db.user.create({ data: { email: "bob@example.org", passwordHash: "x" } });
    const admin = await db.user.create({ data: { email: "admin@example.org", passwordHash: "x", isAdmin: true } });
    const as = async (who: { id: number }, id: string) =>
      getById(new Request(`http://localhost/v1/users/${id}`, { headers: { authorization: `Bearer ${await signApiToken(who)}` } }), {
        params: Promise.resolve({ id }),
      });
    const foreign = await as(alice, String(bob.id));
    expect(((await foreign.json()) as { data: { attributes: unknown } }).data.attributes).toEqual({
      "first-name": null,
      "last-name": null,
      "public-name": null,
      "avatar-url": null,
    });
    expect((await as(alice, "999999")).status).toBe(404);
    expect((await as(alice, "abc")).status).toBe(404);
    expect((await as(alice, String(alice.id))).status).toBe(200);
    const byAdmin = await as(admin, String(bob.id));
    expect(((await byAdmin.json()) as { data: { id: string } }).data.id).toBe(String(bob.id));
  });
});
