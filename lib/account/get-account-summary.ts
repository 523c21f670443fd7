import { db } from "../db";
import { notFound } from "../errors";

/** What Open Event's auth endpoints answer about the account they acted on. */
export interface AccountSummary {
  id: number;
  email: string;
  /** First and last name, or null when neither is set (Open Event's `fullname`). */
  name: string | null;
}

export async function getAccountSummary(userId: number): Promise<AccountSummary> {
  const user = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true, email: true, firstName: true, lastName: true } });
  if (!user) throw notFound("User");
  return { id: user.id, email: user.email, name: [user.firstName, user.lastName].filter(Boolean).join(" ") || null };
}
