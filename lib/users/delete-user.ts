import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";

/** How many of the events that would lose their last owner a refusal names. */
const NAMED_EVENTS = 5;

/**
 * Soft-deletes an account, by the user themself or an admin (only a super admin deletes a super
 * admin). The account can no longer sign in, and every token and session cookie issued to it
 * stops working at once (lib/auth/get-actor.ts refuses deleted accounts); its session version is
 * raised too, so that they stay dead if an admin restores the account. An account that is the
 * last live owner of a live event is kept (CONFLICT naming the events): the event must be handed
 * over first, or it would have nobody to run it. Anonymous callers get UNAUTHORIZED; other
 * users FORBIDDEN (the account's public profile is no secret); a missing account NOT_FOUND.
 */
export async function deleteUser(actor: Actor, id: number): Promise<void> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id, deletedAt: null }, select: { id: true, isSuperAdmin: true } });
    if (!user) throw notFound("User");
    if (actor.id !== id && !isAdmin(actor)) throw new AppError("FORBIDDEN", "You may only delete your own account");
    if (user.isSuperAdmin && actor.id !== id && !actor.isSuperAdmin) {
      throw new AppError("FORBIDDEN", "Only a super admin may delete a super admin");
    }
    const owner = { deletedAt: null, role: { name: "owner" as const } };
    const orphaned = await tx.event.findMany({
      where: {
        deletedAt: null,
        roles: { some: { ...owner, userId: id } },
        NOT: { roles: { some: { ...owner, userId: { not: id }, user: { deletedAt: null } } } },
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: NAMED_EVENTS + 1,
      select: { name: true },
    });
    if (orphaned.length) {
      const names = orphaned.slice(0, NAMED_EVENTS).map((event) => `“${event.name}”`);
      const more = orphaned.length > NAMED_EVENTS ? " and more" : "";
      throw new AppError(
        "CONFLICT",
        `${actor.id === id ? "You are" : "This user is"} the last owner of ${names.join(", ")}${more}. Make someone else an owner of ${orphaned.length === 1 ? "it" : "them"} (or delete ${orphaned.length === 1 ? "it" : "them"}) before deleting the account.`,
      );
    }
    await tx.user.update({ where: { id }, data: { deletedAt: new Date(), sessionVersion: { increment: 1 } } });
  });
}
