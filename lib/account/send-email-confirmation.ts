import { db } from "../db";
import { env } from "../env";
import { notify } from "../notifications/notify";
import { issueUserToken } from "./tokens";

/**
 * Mails a link that confirms the user's address (valid 24 hours, once). Sent after sign-up and
 * again on request; older links stay valid until they expire.
 */
export async function sendEmailConfirmation(userId: number): Promise<{ taskId: string } | null> {
  const user = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { isVerified: true } });
  if (!user || user.isVerified) return null;
  const token = await issueUserToken(userId, "confirm");
  return notify("user_confirm", { userId, link: `${env().APP_URL}/confirm-email?token=${encodeURIComponent(token)}` }, { userId });
}
