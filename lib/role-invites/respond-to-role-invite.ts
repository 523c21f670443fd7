import { db } from "../db";
import { AppError } from "../errors";
import type { InviteStatus } from "../generated/prisma/client";

export type InviteAnswer = Extract<InviteStatus, "accepted" | "declined">;

/**
 * Records the invitee's answer. Callers have established that `userId` is the invitee.
 *
 * Exactly once: the status moves from pending in one conditional update, so of two concurrent
 * accepts only one grants the role; the other (and any later repeat) finds the invite already
 * in the requested state and succeeds without writing. An answer is final: accepting a declined
 * invite (or the reverse) is a CONFLICT, the organizers send a new invite.
 *
 * `provesEmail`: the answer came through the e-mailed link, which shows that the user reads the
 * invited address, so the account counts as confirmed from then on.
 */
export async function respondToRoleInvite(
  invite: { id: number; eventId: number; roleId: number; status: InviteStatus },
  userId: number,
  answer: InviteAnswer,
  options: { provesEmail?: boolean } = {},
): Promise<void> {
  if (invite.status === answer) return;
  if (invite.status !== "pending") throw alreadyAnswered(invite.status);
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.roleInvite.updateMany({
      where: { id: invite.id, status: "pending", deletedAt: null },
      data: { status: answer },
    });
    if (count === 0) return false;
    if (answer === "accepted") {
      // A member removed earlier (soft-deleted row) gets the role back on a new invite.
      await tx.usersEventsRoles.upsert({
        where: { userId_eventId_roleId: { userId, eventId: invite.eventId, roleId: invite.roleId } },
        create: { userId, eventId: invite.eventId, roleId: invite.roleId },
        update: { deletedAt: null },
      });
    }
    if (options.provesEmail) await tx.user.update({ where: { id: userId }, data: { isVerified: true } });
    return true;
  });
  if (changed) return;
  // Lost a race against another answer or a revocation: report what happened instead.
  const current = await db.roleInvite.findUnique({ where: { id: invite.id }, select: { status: true, deletedAt: true } });
  if (!current || current.deletedAt) throw new AppError("NOT_FOUND", "Role invite not found");
  if (current.status !== answer) throw alreadyAnswered(current.status);
}

function alreadyAnswered(status: InviteStatus): AppError {
  return new AppError("CONFLICT", `This invite was already ${status}`, { field: "status" });
}
