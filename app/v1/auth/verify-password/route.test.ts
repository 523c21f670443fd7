import { describe, expect, it } from "vitest";
import { answerOf, authRequest, validationErrors } from "@/lib/testing/auth-requests";
import { errorDocument } from "@/lib/testing/api";
import { signApiToken } from "@/lib/auth/api-token";
import { createUser } from "@/prisma/factories";
import { POST } from "./route";

const check = (body: unknown, init: { token?: string; ip?: string; raw?: string; type?: string | null } = {}) =>
  POST(authRequest("/v1/auth/verify-password", { body, ...init }));

describe("POST /v1/auth/verify-password", () => {
  it("answers whether the password is the signed-in user's", async () => {
    const user = await createUser({ password: "my password 1" });
    const token = await signApiToken(user);
    expect(await answerOf(await check({ password: "my password 1" }, { token }))).toEqual({ status: 200, type: "application/json", body: { result: true } });
    expect(await answerOf(await check({ password: "not my password" }, { token, type: "application/vnd.api+json" }))).toEqual({
      status: 200,
      type: "application/json",
      body: { result: false },
    });
  });

  it("needs a token (401 before the body is read) and a password string (422 at /password)", async () => {
    expect(await answerOf(await check(undefined, { raw: "{" }))).toEqual({
      status: 401,
      type: "application/vnd.api+json",
      body: errorDocument(401, "UNAUTHORIZED", "Unauthorized", "Authentication required"),
    });
    const token = await signApiToken(await createUser());
    expect((await answerOf(await check({}, { token }))).body).toEqual(validationErrors(["/password", "Password is required"]));
    expect((await answerOf(await check({ password: 12 }, { token }))).body).toEqual(validationErrors(["/password", "Password must be a string"]));
    expect((await answerOf(await check({ data: { password: "x" } }, { token }))).body).toEqual(validationErrors(["/password", "Password is required"]));
    expect((await check(undefined, { token, raw: "{" })).status).toBe(400);
    expect((await check({ password: "x" }, { token, type: "text/plain" })).status).toBe(415);
  });

  it("counts wrong passwords as failed sign-ins: after 5 from one address, 429 with Retry-After, even for the right one", async () => {
    const user = await createUser({ password: "my password 1" });
    const token = await signApiToken(user);
    for (let i = 0; i < 5; i++) expect((await answerOf(await check({ password: `guess ${i}` }, { token, ip: "203.0.113.80" }))).body).toEqual({ result: false });
    const limited = await check({ password: "my password 1" }, { token, ip: "203.0.113.80" });
    expect(await answerOf(limited)).toEqual({
      status: 429,
      type: "application/vnd.api+json",
      body: errorDocument(429, "TOO_MANY_REQUESTS", "Too many requests", "Too many failed sign-in attempts. Try again in 15 minutes."),
    });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect((await answerOf(await check({ password: "my password 1" }, { token, ip: "203.0.113.81" }))).body).toEqual({ result: true });
  });
});
