import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { answerOf, authRequest, validationErrors } from "@/lib/testing/auth-requests";
import { errorDocument } from "@/lib/testing/api";
import { verifyApiToken } from "@/lib/auth/api-token";
import { createUser } from "@/prisma/factories";
import { POST } from "./route";

const signIn = (body: unknown, ip: string) => POST(authRequest("/auth/session", { body, ip }));

describe("POST /auth/session (Open Event frontend's login path)", () => {
  it("takes the address as `username` (Open Event's frontend) or `email`, and answers a token whose `identity` is the user id", async () => {
    const user = await createUser({ email: "frontend@example.org", password: "frontend password" });
    for (const body of [
      { username: "frontend@example.org", password: "frontend password", "remember-me": true, "include-in-response": true },
      { email: "Frontend@example.org", password: "frontend password" },
      { email: "frontend@example.org", username: "someone-else@example.org", password: "frontend password" },
    ]) {
      const answer = await answerOf(await signIn(body, "198.51.100.90"));
      expect({ body, answer }).toEqual({ body, answer: { status: 200, type: "application/json", body: { access_token: expect.any(String) } } });
      const token = (answer.body as { access_token: string }).access_token;
      expect(await verifyApiToken(token)).toBe(user.id);
      expect(decodeJwt(token)).toMatchObject({ sub: String(user.id), identity: user.id, exp: expect.any(Number) });
    }
  });

  it("answers a wrong password 401 and a missing address 422 at /email, like /v1/auth/login", async () => {
    await createUser({ email: "frontend-2@example.org", password: "frontend password" });
    expect(await answerOf(await signIn({ username: "frontend-2@example.org", password: "wrong" }, "198.51.100.91"))).toEqual({
      status: 401,
      type: "application/vnd.api+json",
      body: errorDocument(401, "UNAUTHORIZED", "Unauthorized", "Invalid email or password"),
    });
    expect((await answerOf(await signIn({ password: "frontend password" }, "198.51.100.91"))).body).toEqual(validationErrors(["/email", "Email is required"]));
    expect((await answerOf(await signIn({ username: 5, password: "frontend password" }, "198.51.100.91"))).body).toEqual(validationErrors(["/email", "Email must be a string"]));
  });
});
