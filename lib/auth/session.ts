import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { loadActor } from "./get-actor";
import { sessionClaimsOfCookies } from "./session-cookie";

export { sessionUserId, SESSION_COOKIE_NAMES } from "./session-cookie";

/**
 * The signed-in user of the current server component or server action, or null. Read from the
 * cookie store, not the request headers (which `auth()` reads): a server action that re-issues
 * the session (a password change) re-renders the page in the same request, and that render must
 * see the new cookie, not the one the change retired.
 */
export async function getSessionActor(): Promise<Actor> {
  const store = await cookies();
  const claims = await sessionClaimsOfCookies(store.getAll().map(({ name, value }) => `${name}=${value}`).join("; "));
  return claims ? loadActor(claims.userId, claims.sessionVersion) : null;
}

/**
 * The signed-in user, or a redirect to the sign-in page that returns to `callbackUrl`. Without
 * one, the `x-pathname` request header is used when a proxy sets it; otherwise the sign-in page
 * falls back to /events.
 */
export async function requireSessionActor(callbackUrl?: string): Promise<NonNullable<Actor>> {
  const actor = await getSessionActor();
  if (actor) return actor;
  const target = callbackUrl ?? (await headers()).get("x-pathname") ?? undefined;
  redirect(target ? `/sign-in?callbackUrl=${encodeURIComponent(target)}` : "/sign-in");
}
