import { describe, expect, it } from "vitest";
import { verifyApiToken } from "@/lib/auth/api-token";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { POST } from "./route";

const userPassword = "correct horse battery";

async function createUser(email: string) {
  return db.user.create({ data: { email, passwordHash: await hashPassword(userPassword) } });
}

function loginRequest(body: unknown, ip = "192.0.2.1", raw?: string) {
  return new Request("http://localhost/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: raw ?? JSON.stringify(body),
  });
}

const unauthorized = {
  errors: [{ status: "401", code: "UNAUTHORIZED", title: "Unauthorized", detail: "Invalid email or password" }],
  jsonapi: { version: "1.1" },
};

describe("POST /v1/auth/login", () => {
  it("answers an access token that verifies to the user", async () => {
    const user = await createUser("token@example.org");
    const response = await POST(loginRequest({ email: "token@example.org", password: userPassword }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = (await response.json()) as { access_token: string };
    expect(Object.keys(body)).toEqual(["access_token"]);
    expect(await verifyApiToken(body.access_token)).toBe(user.id);
  });

  it("answers a wrong password and an unknown email with byte-identical 401s", async () => {
    await createUser("known@example.org");
    const wrong = await POST(loginRequest({ email: "known@example.org", password: "wrong-password" }, "192.0.2.2"));
    const unknown = await POST(loginRequest({ email: "unknown@example.org", password: "wrong-password" }, "192.0.2.2"));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [wrongText, unknownText] = [await wrong.text(), await unknown.text()];
    expect(wrongText).toBe(unknownText);
    expect(JSON.parse(wrongText)).toEqual(unauthorized);
    expect(wrong.headers.get("content-type")).toBe(unknown.headers.get("content-type"));
  });

  it("answers 400 for malformed JSON", async () => {
    const response = await POST(loginRequest(undefined, "192.0.2.3", "{not json"));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ status: "400", code: "BAD_REQUEST", title: "Bad request", detail: "Request body is not valid JSON" }],
      jsonapi: { version: "1.1" },
    });
  });

  it("answers 422 with a pointer per missing field", async () => {
    const response = await POST(loginRequest({}, "192.0.2.4"));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: [
        { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Email is required", source: { pointer: "/email" } },
        { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Password is required", source: { pointer: "/password" } },
      ],
      jsonapi: { version: "1.1" },
    });
  });

  it("answers 429 with Retry-After after 5 failures for one account from one address; the owner elsewhere still gets a token", async () => {
    await createUser("limited@example.org");
    for (let i = 0; i < 5; i++) {
      const response = await POST(loginRequest({ email: "limited@example.org", password: "bad-guess" }, "198.51.100.7"));
      expect(response.status).toBe(401);
    }
    const response = await POST(loginRequest({ email: "limited@example.org", password: userPassword }, "198.51.100.7"));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(await response.json()).toEqual({
      errors: [
        {
          status: "429",
          code: "TOO_MANY_REQUESTS",
          title: "Too many requests",
          detail: "Too many failed sign-in attempts. Try again in 15 minutes.",
        },
      ],
      jsonapi: { version: "1.1" },
    });
    const owner = await POST(loginRequest({ email: "limited@example.org", password: userPassword }, "198.51.100.99"));
    expect(owner.status).toBe(200);
  });

  it("counts by the connected peer (the last X-Forwarded-For entry), not by entries the client wrote", async () => {
    await createUser("forger@example.org");
    // The server appends the peer's address; whatever the client put before it is ignored.
    for (let i = 0; i < 5; i++) {
      const response = await POST(loginRequest({ email: "forger@example.org", password: "bad-guess" }, `203.0.113.${i}, 198.51.100.60`));
      expect(response.status).toBe(401);
    }
    const forged = await POST(loginRequest({ email: "forger@example.org", password: userPassword }, "203.0.113.200, 198.51.100.60"));
    expect(forged.status).toBe(429);
  });

  it("answers 429 after 20 failures from one address, whatever the account", async () => {
    await createUser("innocent@example.org");
    for (let i = 0; i < 20; i++) {
      const response = await POST(loginRequest({ email: `probe${i}@example.org`, password: "bad-guess" }, "203.0.113.7"));
      expect(response.status).toBe(401);
    }
    const blocked = await POST(loginRequest({ email: "innocent@example.org", password: userPassword }, "203.0.113.7"));
    expect(blocked.status).toBe(429);
    const elsewhere = await POST(loginRequest({ email: "innocent@example.org", password: userPassword }, "203.0.113.8"));
    expect(elsewhere.status).toBe(200);
  });
});
