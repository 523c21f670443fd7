import { encode } from "next-auth/jwt";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { authSecret } from "../env";
import { signApiToken } from "./api-token";
import { getActor } from "./get-actor";
import { sessionUserId } from "./session-cookie";

const cookieRequest = (cookie: string) => new Request("http://localhost/v1/users/me", { headers: { cookie } });

async function sessionCookie(name: string, sub: string, options: { secret?: string; salt?: string; maxAge?: number } = {}) {
  const token = await encode({
    token: { sub, email: "x@example.org" },
    secret: options.secret ?? authSecret(),
    salt: options.salt ?? name,
    maxAge: options.maxAge,
  });
  return `${name}=${token}`;
}

describe("sessionUserId", () => {
  it("decodes the http and the __Secure- https session cookie", async () => {
    expect(await sessionUserId(cookieRequest(await sessionCookie("authjs.session-token", "42")))).toBe(42);
    expect(await sessionUserId(cookieRequest(`theme=dark; ${await sessionCookie("__Secure-authjs.session-token", "7")}`))).toBe(7);
  });

  it("joins a chunked cookie", async () => {
    const [, value = ""] = (await sessionCookie("authjs.session-token", "9")).split("=");
    const half = Math.floor(value.length / 2);
    const cookie = `authjs.session-token.0=${value.slice(0, half)}; authjs.session-token.1=${value.slice(half)}`;
    expect(await sessionUserId(cookieRequest(cookie))).toBe(9);
  });

  it("is null without a cookie and for a forged, mis-salted or expired one", async () => {
    expect(await sessionUserId(new Request("http://localhost/"))).toBeNull();
    expect(await sessionUserId(cookieRequest(await sessionCookie("authjs.session-token", "1", { secret: "another-secret-another-secret" })))).toBeNull();
    expect(await sessionUserId(cookieRequest(await sessionCookie("authjs.session-token", "1", { salt: "__Secure-authjs.session-token" })))).toBeNull();
    expect(await sessionUserId(cookieRequest(await sessionCookie("authjs.session-token", "1", { maxAge: -3600 })))).toBeNull();
    expect(await sessionUserId(cookieRequest("authjs.session-token=garbage"))).toBeNull();
    expect(await sessionUserId(cookieRequest(await sessionCookie("authjs.session-token", "not-a-number")))).toBeNull();
  });
});

describe("getActor", () => {
  const actorOf = (user: { id: number; email: string }) => ({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });

  it("accepts the JWT and the Bearer scheme", async () => {
    const user = await db.user.create({ data: { email: "api@example.org", passwordHash: "x" } });
    const token = await signApiToken(user);
    for (const header of [`JWT ${token}`, `Bearer ${token}`, `bearer ${token}`]) {
      const actor = await getActor(new Request("http://localhost/", { headers: { authorization: header } }));
      expect(actor).toEqual(actorOf(user));
    }
  });

  it("treats expired, forged, foreign-audience and unknown-scheme tokens as anonymous", async () => {
    const user = await db.user.create({ data: { email: "forged@example.org", passwordHash: "x" } });
    const sign = (secret: string, exp: number, audience = "open-event-api") =>
      new SignJWT({})
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setSubject(String(user.id))
        .setIssuer("open-event")
        .setAudience(audience)
        .setIssuedAt(exp - 3600)
        .setExpirationTime(exp)
        .sign(new TextEncoder().encode(secret));
    const now = Math.floor(Date.now() / 1000);
    const tokens = [
      await sign(authSecret(), now - 60),
      await sign("forged-secret-forged-secret-forged", now + 3600),
      await sign(authSecret(), now + 3600, "someone-else"),
    ];
    for (const token of tokens) {
      expect(await getActor(new Request("http://localhost/", { headers: { authorization: `JWT ${token}` } }))).toBeNull();
    }
    const valid = await signApiToken(user);
    expect(await getActor(new Request("http://localhost/", { headers: { authorization: `Basic ${valid}` } }))).toBeNull();
  });

  it("is anonymous for a deleted user's token and reads the session cookie otherwise", async () => {
    const user = await db.user.create({ data: { email: "cookie@example.org", passwordHash: "x" } });
    expect(await getActor(cookieRequest(await sessionCookie("authjs.session-token", String(user.id))))).toEqual(actorOf(user));
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    expect(await getActor(cookieRequest(await sessionCookie("authjs.session-token", String(user.id))))).toBeNull();
    expect(await getActor(new Request("http://localhost/", { headers: { authorization: `JWT ${await signApiToken(user)}` } }))).toBeNull();
  });
});
