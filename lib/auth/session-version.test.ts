import { describe, expect, it } from "vitest";
import { POST as apiLogin } from "@/app/v1/auth/login/route";
import { GET as getMe } from "@/app/v1/users/me/route";
import { changePassword } from "../account/change-password";
import { requestPasswordReset } from "../account/request-password-reset";
import { resetPassword } from "../account/reset-password";
import { db } from "../db";
import { notificationJobName } from "../notifications/schemas";
import { sessionCookie } from "../testing/auth-requests";
import { getActor } from "./get-actor";
import { hashPassword } from "./password";

/**
 * Tokens and session cookies issued before a password change or reset stop working; those
 * issued after it work. Everything is issued through the real endpoints (`POST /v1/auth/login`,
 * next-auth's credentials callback) and checked through a real handler.
 */

const noParams = { params: Promise.resolve({}) };

async function apiToken(email: string, password: string): Promise<string> {
  const response = await apiLogin(
    new Request("http://localhost/v1/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) }),
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Who `GET /v1/users/me` answers for these credentials: the user's id, or the status. */
async function me(headers: Record<string, string>): Promise<string | number> {
  const response = await getMe(new Request("http://localhost/v1/users/me", { headers }), noParams);
  if (response.status !== 200) return response.status;
  return ((await response.json()) as { data: { id: string } }).data.id;
}

async function createUser(email: string, password: string) {
  const user = await db.user.create({ data: { email, passwordHash: await hashPassword(password) } });
  return { ...user, actor: { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false } };
}

describe("a password change or reset signs out everything issued before it", () => {
  it("refuses API tokens and session cookies from before a change, in the same second too, and accepts new ones", async () => {
    const user = await createUser("changer@example.org", "first password");
    const token = await apiToken(user.email, "first password");
    const cookie = await sessionCookie(user.email, "first password");
    expect([await me({ authorization: `JWT ${token}` }), await me({ cookie })]).toEqual([String(user.id), String(user.id)]);

    await changePassword(user.actor, { currentPassword: "first password", password: "second password", passwordConfirmation: "second password" });
    expect([await me({ authorization: `JWT ${token}` }), await me({ cookie })]).toEqual([401, 401]);
    expect(await getActor(new Request("http://localhost/", { headers: { cookie } }))).toBeNull();

    // Issued right after the change (same second as the old ones): accepted.
    const newToken = await apiToken(user.email, "second password");
    const newCookie = await sessionCookie(user.email, "second password");
    expect([await me({ authorization: `Bearer ${newToken}` }), await me({ cookie: newCookie })]).toEqual([String(user.id), String(user.id)]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });

  it("refuses API tokens and session cookies from before a reset, and accepts new ones", async () => {
    const user = await createUser("resetter@example.org", "forgotten password");
    const token = await apiToken(user.email, "forgotten password");
    const cookie = await sessionCookie(user.email, "forgotten password");

    await requestPasswordReset({ email: user.email });
    const task = await db.task.findFirstOrThrow({ where: { name: notificationJobName("password_reset"), userId: user.id } });
    const link = new URL((task.payload as { link: string }).link);
    await resetPassword({ token: link.searchParams.get("token") ?? "", password: "remembered password", passwordConfirmation: "remembered password" });

    expect([await me({ authorization: `JWT ${token}` }), await me({ cookie })]).toEqual([401, 401]);
    const newToken = await apiToken(user.email, "remembered password");
    const newCookie = await sessionCookie(user.email, "remembered password");
    expect([await me({ authorization: `JWT ${newToken}` }), await me({ cookie: newCookie })]).toEqual([String(user.id), String(user.id)]);
  });

  it("leaves the other accounts' tokens alone, and a failed change retires nothing", async () => {
    const user = await createUser("careful@example.org", "steady password");
    const other = await createUser("bystander@example.org", "other password");
    const token = await apiToken(user.email, "steady password");
    const otherToken = await apiToken(other.email, "other password");
    await expect(
      changePassword(user.actor, { currentPassword: "wrong guess", password: "new password", passwordConfirmation: "new password" }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    expect(await me({ authorization: `JWT ${token}` })).toBe(String(user.id));
    await changePassword(user.actor, { currentPassword: "steady password", password: "new password", passwordConfirmation: "new password" });
    expect([await me({ authorization: `JWT ${token}` }), await me({ authorization: `JWT ${otherToken}` })]).toEqual([401, String(other.id)]);
  });
});
