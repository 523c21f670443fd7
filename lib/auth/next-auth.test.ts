import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { getActor } from "./get-actor";
import { countedLoginFailures } from "./login-limits";
import { handlers } from "./next-auth";
import { hashPassword } from "./password";
import { sessionUserId } from "./session";

const cookieRequest = (cookie: string) => new Request("http://localhost/v1/users/me", { headers: { cookie } });

describe("next-auth credentials sign-in", () => {
  async function csrf(): Promise<{ token: string; cookie: string }> {
    const response = await handlers.GET(new NextRequest("http://localhost/api/auth/csrf"));
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    return { token: csrfToken, cookie };
  }

  async function signInRequest(email: string, password: string, callbackUrl = "http://localhost/events") {
    const { token, cookie } = await csrf();
    return handlers.POST(
      new NextRequest("http://localhost/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": "192.0.2.50" },
        body: new URLSearchParams({ email, password, csrfToken: token, callbackUrl }),
      }),
    );
  }

  it("sets a session cookie that sessionUserId and getActor read back", async () => {
    const user = await db.user.create({ data: { email: "browser@example.org", passwordHash: await hashPassword("browser-pass") } });
    const response = await signInRequest("Browser@example.org", "browser-pass");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://localhost/events");
    const session = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0] ?? "")
      .find((c) => c.startsWith("authjs.session-token="));
    expect(session).toBeDefined();
    expect(await sessionUserId(cookieRequest(session ?? ""))).toBe(user.id);
    expect((await getActor(cookieRequest(session ?? "")))?.id).toBe(user.id);
  });

  it("redirects a wrong password to the sign-in page without a session, through the rate-limited service", async () => {
    await db.user.create({ data: { email: "wrong@example.org", passwordHash: await hashPassword("right-pass") } });
    const response = await signInRequest("wrong@example.org", "wrong-pass");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://localhost/sign-in?error=CredentialsSignin&code=invalid_credentials");
    expect(response.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(false);
    expect(await countedLoginFailures({ email: "wrong@example.org", ip: "192.0.2.50" })).toEqual({ accountAtAddress: 1, address: 1 });
  });

  it("sends a signed-in browser only to paths of this origin, whatever callbackUrl says", async () => {
    await db.user.create({ data: { email: "redirect@example.org", passwordHash: await hashPassword("redirect-pass") } });
    const targets = ["/..//evil.example", "/\t/evil.example", "/.%2e//evil.example", "https://evil.example/", "//evil.example", "/\n/evil.example", "/events\r\nx: y"];
    const answers: [number, string | null][] = [];
    for (const target of targets) {
      const response = await signInRequest("redirect@example.org", "redirect-pass", target);
      answers.push([response.status, response.headers.get("location")]);
    }
    expect(answers).toEqual(targets.map(() => [302, "http://localhost/"]));
    const kept = await signInRequest("redirect@example.org", "redirect-pass", "/events/3/../4?tab=sessions");
    expect([kept.status, kept.headers.get("location")]).toEqual([302, "http://localhost/events/4?tab=sessions"]);
  });
});
