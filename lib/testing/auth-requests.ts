import { NextRequest } from "next/server";
import { handlers } from "../auth/next-auth";
import { db } from "../db";
import { notificationJobName } from "../notifications/schemas";

/**
 * Test-only helpers for the auth endpoints: requests as Open Event clients send them, and the
 * tokens of the links the services mail.
 */

export interface AuthRequestInit {
  method?: string;
  /** Sent as JSON; `raw` sends the text as it is. */
  body?: unknown;
  raw?: string;
  /** `Content-Type`; null sends none. */
  type?: string | null;
  /** An API token, sent as `Authorization: JWT <token>`. */
  token?: string;
  cookie?: string;
  /** The client address (the last X-Forwarded-For entry, as the server records the peer). */
  ip?: string;
}

export function authRequest(path: string, init: AuthRequestInit = {}): Request {
  const headers: Record<string, string> = { "x-forwarded-for": init.ip ?? "192.0.2.1" };
  const type = init.type === undefined ? "application/json" : init.type;
  if (type !== null) headers["content-type"] = type;
  if (init.token) headers.authorization = `JWT ${init.token}`;
  if (init.cookie) headers.cookie = init.cookie;
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new Request(`http://localhost${path}`, { method: init.method ?? "POST", headers, body });
}

/** Status, media type and parsed body of an answer, for whole-value comparisons. */
export async function answerOf(response: Response): Promise<{ status: number; type: string | null; body: unknown }> {
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

/** A 422 with one error per `[pointer, detail]`. */
export function validationErrors(...issues: [pointer: string, detail: string][]) {
  return {
    errors: issues.map(([pointer, detail]) => ({ status: "422", code: "UNPROCESSABLE", title: "Validation error", detail, source: { pointer } })),
    jsonapi: { version: "1.1" },
  };
}

/** The token of the link in the newest mail of `action` to `userId` (read from its enqueued task). */
export async function mailedToken(action: "password_reset" | "user_confirm", userId: number): Promise<string> {
  const task = await db.task.findFirstOrThrow({ where: { name: notificationJobName(action), userId }, orderBy: { createdAt: "desc" } });
  return new URL((task.payload as { link: string }).link).searchParams.get("token") ?? "";
}

/** The session cookie of a browser that signed in through next-auth's credentials callback. */
export async function sessionCookie(email: string, password: string): Promise<string> {
  const csrf = await handlers.GET(new NextRequest("http://localhost/api/auth/csrf"));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await handlers.POST(
    new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "http://localhost/events" }),
    }),
  );
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error("no session cookie");
  return session;
}
