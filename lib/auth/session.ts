import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { loadActor } from "./get-actor";
import { auth } from "./next-auth";

export { sessionUserId, SESSION_COOKIE_NAMES } from "./session-cookie";

/** The signed-in user of the current server component or server action, or null. */
export async function getSessionActor(): Promise<Actor> {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? loadActor(id, session?.sessionVersion ?? 0) : null;
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
