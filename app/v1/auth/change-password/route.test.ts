import { describe, expect, it } from "vitest";
import { answerOf, authRequest, validationErrors } from "@/lib/testing/auth-requests";
import { errorDocument } from "@/lib/testing/api";
import { signApiToken, verifyApiToken } from "@/lib/auth/api-token";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { notificationJobName } from "@/lib/notifications/schemas";
import { createUser } from "@/prisma/factories";
import { GET as me } from "../../users/me/route";
import { POST as login } from "../login/route";
import { POST } from "./route";

const change = (body: unknown, init: { token?: string; raw?: string; type?: string | null } = {}) =>
  POST(authRequest("/v1/auth/change-password", { body, ...init }));

/** Who GET /v1/users/me says the token is, or its status when it is refused. */
async function whoIs(token: string): Promise<number | string> {
  const response = await me(authRequest("/v1/users/me", { method: "GET", token }), { params: Promise.resolve({}) });
  if (response.status !== 200) return response.status;
  return Number(((await response.json()) as { data: { id: string } }).data.id);
}

const loginStatus = async (email: string, password: string, ip: string) => (await login(authRequest("/v1/auth/login", { body: { email, password }, ip }))).status;

describe("POST /v1/auth/change-password", () => {
  it("answers Open Event's body plus a new token, and every token issued before is refused afterwards", async () => {
    const user = await createUser({ email: "change@example.org", password: "old password 1", firstName: "Cara", lastName: "Change" });
    const [phone, laptop] = [await signApiToken(user), await signApiToken(user)];
    expect([await whoIs(phone), await whoIs(laptop)]).toEqual([user.id, user.id]);

    const response = await change({ data: { "old-password": "old password 1", "new-password": "new password 2" } }, { token: phone, type: "application/vnd.api+json" });
    const answer = await answerOf(response);
    expect(answer).toEqual({
      status: 200,
      type: "application/json",
      body: { id: user.id, email: "change@example.org", name: "Cara Change", "password-changed": true, access_token: expect.any(String) },
    });
    const fresh = (answer.body as { access_token: string }).access_token;

    // The token that made the change and every other one issued before it are refused; the new one works.
    expect([await whoIs(phone), await whoIs(laptop), await whoIs(fresh)]).toEqual([401, 401, user.id]);
    expect(await verifyApiToken(fresh)).toBe(user.id);
    expect(await loginStatus("change@example.org", "old password 1", "198.51.100.1")).toBe(401);
    expect(await loginStatus("change@example.org", "new password 2", "198.51.100.1")).toBe(200);
    expect(await db.task.findMany({ where: { userId: user.id }, select: { name: true, payload: true } })).toEqual([
      { name: notificationJobName("password_change"), payload: { userId: user.id } },
    ]);
  });

  it("answers name null for an account without a name", async () => {
    const user = await createUser({ email: "nameless@example.org", password: "old password 1", firstName: null, lastName: null });
    const response = await change({ data: { "old-password": "old password 1", "new-password": "new password 2" } }, { token: await signApiToken(user) });
    expect(await response.json()).toEqual({ id: user.id, email: "nameless@example.org", name: null, "password-changed": true, access_token: expect.any(String) });
  });

  it("answers 401 without a valid token, before reading the body", async () => {
    for (const token of [undefined, "not-a-token"]) {
      expect(await answerOf(await change(undefined, { token, raw: "{not json" }))).toEqual({
        status: 401,
        type: "application/vnd.api+json",
        body: errorDocument(401, "UNAUTHORIZED", "Unauthorized", "Authentication required"),
      });
    }
  });

  it("refuses a wrong old password, the same password and a short one with 422 at the member, and changes nothing", async () => {
    const user = await createUser({ email: "refused@example.org", password: "old password 1" });
    const token = await signApiToken(user);
    const cases: [unknown, ReturnType<typeof validationErrors>][] = [
      [{ data: { "old-password": "wrong password", "new-password": "new password 2" } }, validationErrors(["/data/old-password", "The current password is not correct"])],
      [{ data: { "old-password": "old password 1", "new-password": "old password 1" } }, validationErrors(["/data/new-password", "The new password must differ from the current one"])],
      [{ data: { "old-password": "old password 1", "new-password": "short" } }, validationErrors(["/data/new-password", "Password must be at least 8 characters"])],
      [{ data: { "old-password": "old password 1", "new-password": "x".repeat(73) } }, validationErrors(["/data/new-password", "Password must be at most 72 bytes"])],
      [{ data: {} }, validationErrors(["/data/old-password", "Current password is required"], ["/data/new-password", "Password is required"])],
      [{ data: { "old-password": 1, "new-password": ["a"] } }, validationErrors(["/data/old-password", "Current password must be a string"], ["/data/new-password", "Password must be a string"])],
      [{ "old-password": "old password 1", "new-password": "new password 2" }, validationErrors(["/data", 'Send the fields in a "data" object'])],
      [{ data: "old password 1" }, validationErrors(["/data", 'Send the fields in a "data" object'])],
      [["old password 1"], validationErrors(["", "The body must be a JSON object"])],
      [null, validationErrors(["", "The body must be a JSON object"])],
    ];
    for (const [body, expected] of cases) {
      expect({ body, answer: await answerOf(await change(body, { token })) }).toEqual({ body, answer: { status: 422, type: "application/vnd.api+json", body: expected } });
    }
    expect(await answerOf(await change(undefined, { token, raw: "{not json" }))).toEqual({
      status: 400,
      type: "application/vnd.api+json",
      body: errorDocument(400, "BAD_REQUEST", "Bad request", "Request body is not valid JSON"),
    });
    for (const type of [null, "text/plain", "application/x-www-form-urlencoded"]) {
      expect({ type, answer: await answerOf(await change({ data: { "old-password": "old password 1", "new-password": "new password 2" } }, { token, type })) }).toEqual({
        type,
        answer: {
          status: 415,
          type: "application/vnd.api+json",
          body: errorDocument(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type", "Send the body as application/json or application/vnd.api+json"),
        },
      });
    }
    // Nothing changed: the password, the token and the outbox.
    expect(await verifyPassword("old password 1", (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    expect(await whoIs(token)).toBe(user.id);
    expect(await db.task.count({ where: { userId: user.id } })).toBe(0);
  });
});
