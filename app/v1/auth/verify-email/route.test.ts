import { describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/account/request-password-reset";
import { sendEmailConfirmation } from "@/lib/account/send-email-confirmation";
import { answerOf, authRequest, mailedToken, validationErrors } from "@/lib/testing/auth-requests";
import { errorDocument } from "@/lib/testing/api";
import { db } from "@/lib/db";
import { notificationJobName } from "@/lib/notifications/schemas";
import { createUser } from "@/prisma/factories";
import { POST as resend } from "../resend-verification-email/route";
import { POST } from "./route";

const verify = (body: unknown, init: { raw?: string; type?: string | null } = {}) => POST(authRequest("/v1/auth/verify-email", { body, ...init }));
const resendFor = (body: unknown, ip: string, init: { raw?: string; type?: string | null } = {}) =>
  resend(authRequest("/v1/auth/resend-verification-email", { body, ip, ...init }));

const isVerified = async (id: number) => (await db.user.findUniqueOrThrow({ where: { id } })).isVerified;
const confirmations = (userId?: number) => db.task.count({ where: { name: notificationJobName("user_confirm"), ...(userId ? { userId } : {}) } });
const INVALID = validationErrors(["/data/token", "This confirmation link is invalid or has expired"]);

describe("POST /v1/auth/verify-email", () => {
  it("confirms the address with the token of the mailed link; the same link again still answers 200", async () => {
    const user = await createUser({ email: "unconfirmed@example.org", isVerified: false });
    await sendEmailConfirmation(user.id);
    const token = await mailedToken("user_confirm", user.id);
    for (const type of ["application/json", "application/vnd.api+json"]) {
      expect(await answerOf(await verify({ data: { token } }, { type }))).toEqual({ status: 200, type: "application/json", body: { message: "Email Verified" } });
      expect(await isVerified(user.id)).toBe(true);
    }
  });

  it("refuses tampered, expired, reset and malformed tokens with 422 at /data/token, leaving the account unconfirmed", async () => {
    const user = await createUser({ email: "still-unconfirmed@example.org", isVerified: false });
    await sendEmailConfirmation(user.id);
    const token = await mailedToken("user_confirm", user.id);
    await requestPasswordReset({ email: user.email });
    const resetToken = await mailedToken("password_reset", user.id);
    const [id, secret = ""] = token.split(".");
    for (const bad of [`${id}.${secret.slice(0, 5)}${secret[5] === "A" ? "B" : "A"}${secret.slice(6)}`, resetToken, "garbage", "ImVtYWlsQGV4YW1wbGUub3JnIg.itsdangerous"]) {
      expect({ bad, answer: await answerOf(await verify({ data: { token: bad } })) }).toEqual({ bad, answer: { status: 422, type: "application/vnd.api+json", body: INVALID } });
    }
    const cases: [unknown, ReturnType<typeof validationErrors>][] = [
      [{ data: {} }, validationErrors(["/data/token", "Token is required"])],
      [{ data: { token: "" } }, validationErrors(["/data/token", "Token is required"])],
      [{ data: { token: 12 } }, validationErrors(["/data/token", "Token must be a string"])],
      [{ token }, validationErrors(["/data", 'Send the fields in a "data" object'])],
      [[token], validationErrors(["", "The body must be a JSON object"])],
    ];
    for (const [body, expected] of cases) {
      expect({ body, answer: await answerOf(await verify(body)) }).toEqual({ body, answer: { status: 422, type: "application/vnd.api+json", body: expected } });
    }
    expect((await answerOf(await verify(undefined, { raw: "{" }))).body).toEqual(errorDocument(400, "BAD_REQUEST", "Bad request", "Request body is not valid JSON"));
    expect((await verify({ data: { token } }, { type: "text/plain" })).status).toBe(415);

    await db.userToken.updateMany({ where: { userId: user.id, purpose: "confirm" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await answerOf(await verify({ data: { token } }))).toEqual({ status: 422, type: "application/vnd.api+json", body: INVALID });
    expect(await isVerified(user.id)).toBe(false);
  });
});

describe("POST /v1/auth/resend-verification-email", () => {
  const SENT = { status: 200, type: "application/json", body: { message: "Verification email resent" } };

  it("answers the same for an unconfirmed, a confirmed and an unknown address; only the unconfirmed one is mailed", async () => {
    const unconfirmed = await createUser({ email: "resend-me@example.org", isVerified: false });
    const confirmed = await createUser({ email: "already@example.org", isVerified: true });
    const before = await confirmations();
    expect(await answerOf(await resendFor({ data: { email: "Resend-Me@example.org" } }, "198.51.100.60"))).toEqual(SENT);
    expect(await answerOf(await resendFor({ data: { email: "already@example.org" } }, "198.51.100.61", { type: "application/vnd.api+json" }))).toEqual(SENT);
    expect(await answerOf(await resendFor({ data: { email: "nobody-here@example.org" } }, "198.51.100.62"))).toEqual(SENT);
    expect([await confirmations(unconfirmed.id), await confirmations(confirmed.id), await confirmations()]).toEqual([1, 0, before + 1]);

    // The new link confirms the address.
    const token = await mailedToken("user_confirm", unconfirmed.id);
    expect((await verify({ data: { token } })).status).toBe(200);
    expect(await isVerified(unconfirmed.id)).toBe(true);
  });

  it("is limited like reset requests: one a minute per client address, three an hour per e-mail", async () => {
    const user = await createUser({ email: "impatient@example.org", isVerified: false });
    expect((await resendFor({ data: { email: user.email } }, "203.0.113.60")).status).toBe(200);
    const again = await resendFor({ data: { email: user.email } }, "203.0.113.60");
    expect(await answerOf(again)).toEqual({
      status: 429,
      type: "application/vnd.api+json",
      body: errorDocument(429, "TOO_MANY_REQUESTS", "Too many requests", "Too many requests of this kind. Try again in 1 minute."),
    });
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(50);
    expect((await resendFor({ data: { email: user.email } }, "203.0.113.61")).status).toBe(200);
    expect((await resendFor({ data: { email: user.email } }, "203.0.113.62")).status).toBe(200);
    expect((await resendFor({ data: { email: user.email } }, "203.0.113.63")).status).toBe(429);
    expect(await confirmations(user.id)).toBe(3);
  });

  it("answers bad bodies with 400, 415 or 422 at the member", async () => {
    const cases: [unknown, ReturnType<typeof validationErrors>][] = [
      [{ data: { email: "nope" } }, validationErrors(["/data/email", "Enter a valid email address"])],
      [{ data: { email: null } }, validationErrors(["/data/email", "Email must be a string"])],
      [{ data: [] }, validationErrors(["/data", 'Send the fields in a "data" object'])],
      [{}, validationErrors(["/data", 'Send the fields in a "data" object'])],
    ];
    for (const [index, [body, expected]] of cases.entries()) {
      expect({ body, answer: await answerOf(await resendFor(body, `192.0.2.${130 + index}`)) }).toEqual({ body, answer: { status: 422, type: "application/vnd.api+json", body: expected } });
    }
    expect((await resendFor(undefined, "192.0.2.140", { raw: "nope" })).status).toBe(400);
    expect((await resendFor({ data: { email: "a@example.org" } }, "192.0.2.141", { type: "multipart/form-data; boundary=x" })).status).toBe(415);
  });
});
