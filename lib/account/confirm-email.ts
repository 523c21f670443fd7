import { db } from "../db";
import { AppError } from "../errors";
import { consumeUserToken, findUserToken, isUsable } from "./tokens";

export type ConfirmEmailResult = "confirmed" | "already-confirmed";

/**
 * Confirms the address behind a confirmation link. Mail scanners that open links before the
 * person does are common; a used link of an account that is confirmed therefore answers
 * "already confirmed" rather than an error. Anything else unusable is UNPROCESSABLE.
 */
export async function confirmEmail(token: string): Promise<ConfirmEmailResult> {
  const row = await findUserToken(token, "confirm");
  if (!row) throw invalidLink();
  if (!isUsable(row)) {
    const user = await db.user.findUnique({ where: { id: row.userId }, select: { isVerified: true } });
    if (row.usedAt && user?.isVerified) return "already-confirmed";
    throw invalidLink();
  }
  const confirmed = await db.$transaction(async (tx) => {
    if (!(await consumeUserToken(row, tx))) return false;
    await tx.user.update({ where: { id: row.userId }, data: { isVerified: true } });
    return true;
  });
  return confirmed ? "confirmed" : "already-confirmed";
}

const invalidLink = () => new AppError("UNPROCESSABLE", "This confirmation link is invalid or has expired", { field: "token" });
