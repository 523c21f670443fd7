import "server-only";
import { notFound } from "next/navigation";
import { isAdmin } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";

/**
 * The signed-in admin of an admin page; anonymous visitors are sent to sign in, other users get
 * the 404 page. Next.js renders a page beside its layout, so a page whose services refuse
 * non-admins with 403 (the statistics, the users list) checks here too, instead of failing into
 * the error boundary while the layout answers 404.
 */
export async function requireAdminActor(callbackPath?: string) {
  const actor = await requireSessionActor(callbackPath);
  if (!isAdmin(actor)) notFound();
  return actor;
}
