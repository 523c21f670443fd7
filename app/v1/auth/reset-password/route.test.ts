import { describe, expect, it } from "vitest";
import { answerOf, authRequest, mailedToken, validationErrors } from "@/lib/testing/auth-requests";
import { errorDocument } from "@/lib/testing/api";
import { signApiToken } from "@/lib/auth/api-token";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { notificationJobName } from "@/lib/notifications/schemas";
import { createUser } from "@/prisma/factories";
import { GET as me } from "../../users/me/route";
import { PATCH, POST } from "./route";

const MESSAGE = "If your email was registered with us, you'll get an email with reset link shortly";

const request = (body: unknown, ip: string, init: { raw?: string; type?: string | null } = {}) =>
  POST(authRequest("/v1/auth/reset-password", { body, ip, ...init }));
const reset = (body: unknown, init: { raw?: string; type?: string | null } = {}) =>
  PATCH(authRequest("/v1/auth/reset-password", { method: "PATCH", body, ...init }));

const resetTasks = (userId: number) => db.task.count({ where: { userId, name: notificationJobName("password_reset") } });

describe("POST /v1/auth/reset-password", () => {
  it("answers Open Event's message for known and unknown addresses alike; only a known one is mailed", async () => {
    const user = await createUser({ email: "forgetful@example.org" });
    const known = await answerOf(await request({ data: { email: "Forgetful@Example.org" } }, "198.51.100.10", { type: "application/vnd.api+json" }));
    const unknown = await answerOf(await request({ data: { email: "nobody@example.org" } }, "198.51.100.11"));
    expect(known).toEqual({ status: 200, type: "application/json", body: { message: MESSAGE, email: "Forgetful@Example.org" } });
    expect(unknown).toEqual({ status: 200, type: "application/json", body: { message: MESSAGE, email: "nobody@example.org" } });
    expect(await resetTasks(user.id)).toBe(1);
    expect(await db.task.count({ where: { name: notificationJobName("password_reset") } })).toBe(1);
    expect(await mailedToken("password_reset", user.id)).toMatch(/^\d+\.[\w-]{43}$/);
  });

  it("takes one request a minute from an address and three an hour for an e-mail, answering 429 with Retry-After", async () => {
    const user = await createUser({ email: "limited-reset@example.org" });
    const body = { data: { email: user.email } };
    expect((await request(body, "203.0.113.20")).status).toBe(200);
    const again = await request({ data: { email: "someone-else@example.org" } }, "203.0.113.20");
    expect({ ...(await answerOf(again)), retryAfter: Number(again.headers.get("retry-after")) }).toEqual({
      status: 429,
      type: "application/vnd.api+json",
      body: errorDocument(429, "TOO_MANY_REQUESTS", "Too many requests", "Too many requests of this kind. Try again in 1 minute."),
      retryAfter: expect.any(Number),
    });
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(50);
    expect(Number(again.headers.get("retry-after"))).toBeLessThanOrEqual(60);

    expect((await request(body, "203.0.113.21")).status).toBe(200);
    expect((await request(body, "203.0.113.22")).status).toBe(200);
    const fourth = await request(body, "203.0.113.23");
    expect([fourth.status, ((await fourth.json()) as { errors: { detail: string }[] }).errors[0]?.detail]).toEqual([429, "Too many requests of this kind. Try again in 60 minutes."]);
    expect(Number(fourth.headers.get("retry-after"))).toBeGreaterThan(59 * 60);
    // Three mails, not four; an unknown address is counted the same way.
    expect(await resetTasks(user.id)).toBe(3);
    for (const ip of ["203.0.113.30", "203.0.113.31", "203.0.113.32"]) expect((await request({ data: { email: "ghost@example.org" } }, ip)).status).toBe(200);
    expect((await request({ data: { email: "ghost@example.org" } }, "203.0.113.33")).status).toBe(429);
  });

  it("answers bad bodies with 400, 415 or 422 at the member, and mails nothing", async () => {
    const mailed = await db.task.count({ where: { name: notificationJobName("password_reset") } });
    const cases: [unknown, ReturnType<typeof validationErrors>][] = [
      [{ data: { email: "not an address" } }, validationErrors(["/data/email", "Enter a valid email address"])],
      [{ data: { email: 42 } }, validationErrors(["/data/email", "Email must be a string"])],
      [{ data: {} }, validationErrors(["/data/email", "Email is required"])],
      [{ email: "forgetful@example.org" }, validationErrors(["/data", 'Send the fields in a "data" object'])],
      ["forgetful@example.org", validationErrors(["", "The body must be a JSON object"])],
    ];
    for (const [index, [body, expected]] of cases.entries()) {
      expect({ body, answer: await answerOf(await request(body, `192.0.2.${100 + index}`)) }).toEqual({ body, answer: { status: 422, type: "application/vnd.api+json", body: expected } });
    }
    expect((await answerOf(await request(undefined, "192.0.2.120", { raw: "{" }))).body).toEqual(errorDocument(400, "BAD_REQUEST", "Bad request", "Request body is not valid JSON"));
    expect((await request({ data: { email: "a@example.org" } }, "192.0.2.121", { type: "text/plain" })).status).toBe(415);
    expect(await db.task.count({ where: { name: notificationJobName("password_reset") } })).toBe(mailed);
  });
});

describe("PATCH /v1/auth/reset-password", () => {
  async function requestReset(email: string, ip: string) {
    expect((await request({ data: { email } }, ip)).status).toBe(200);
  }

  it("sets the password with the mailed token, answers {id, email, name}, confirms the address and retires older tokens", async () => {
    const user = await createUser({ email: "resetter@example.org", password: "old password 1", firstName: "Rita", lastName: "Reset", isVerified: false });
    const before = await signApiToken(user);
    await requestReset(user.email, "198.51.100.40");
    const token = await mailedToken("password_reset", user.id);

    expect(await answerOf(await reset({ data: { token, password: "new password 2" } }, { type: "application/vnd.api+json" }))).toEqual({
      status: 200,
      type: "application/json",
      body: { id: user.id, email: "resetter@example.org", name: "Rita Reset" },
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([await verifyPassword("new password 2", stored.passwordHash), stored.isVerified]).toEqual([true, true]);
    expect((await me(authRequest("/v1/users/me", { method: "GET", token: before }), { params: Promise.resolve({}) })).status).toBe(401);

    // Used once.
    expect(await answerOf(await reset({ data: { token, password: "third password" } }))).toEqual({
      status: 422,
      type: "application/vnd.api+json",
      body: validationErrors(["/data/token", "This reset link is invalid, expired or already used. Ask for a new one."]),
    });
  });

  it("refuses unknown tokens and passwords the reset form refuses, with 422 at the member", async () => {
    const user = await createUser({ email: "careful@example.org", password: "old password 1" });
    await requestReset(user.email, "198.51.100.50");
    const token = await mailedToken("password_reset", user.id);
    const [id, secret = ""] = token.split(".");
    const cases: [unknown, ReturnType<typeof validationErrors>][] = [
      [{ data: { token: `${id}.${secret.slice(0, 10)}${secret[10] === "A" ? "B" : "A"}${secret.slice(11)}`, password: "new password 2" } }, validationErrors(["/data/token", "This reset link is invalid, expired or already used. Ask for a new one."])],
      [{ data: { token: "garbage", password: "new password 2" } }, validationErrors(["/data/token", "This reset link is invalid, expired or already used. Ask for a new one."])],
      [{ data: { token, password: "short" } }, validationErrors(["/data/password", "Password must be at least 8 characters"])],
      [{ data: { token: 7, password: false } }, validationErrors(["/data/token", "Token must be a string"], ["/data/password", "Password must be a string"])],
      [{ data: {} }, validationErrors(["/data/token", "Token is required"], ["/data/password", "Password is required"])],
      [{ token, password: "new password 2" }, validationErrors(["/data", 'Send the fields in a "data" object'])],
    ];
    for (const [body, expected] of cases) {
      expect({ body, answer: await answerOf(await reset(body)) }).toEqual({ body, answer: { status: 422, type: "application/vnd.api+json", body: expected } });
    }
    expect((await reset(undefined, { raw: "[" })).status).toBe(400);
    expect((await reset({ data: { token, password: "new password 2" } }, { type: null })).status).toBe(415);
    // The token survived all of that.
    expect((await reset({ data: { token, password: "new password 2" } })).status).toBe(200);
  });
});
