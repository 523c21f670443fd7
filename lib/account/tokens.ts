import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { db, type Tx } from "../db";

/**
 * Single-use, expiring secrets mailed to users (e-mail confirmation, password reset).
 *
 * The link carries `<row id>.<secret>`; only the SHA-256 of the secret is stored, so a leaked
 * database (or backup) holds no usable link. The row is found by its id and the digests are
 * compared in constant time, so response timing says nothing about how much of a guess matched.
 * Using a token is one conditional update (`usedAt IS NULL AND expiresAt > now`), so two
 * concurrent uses cannot both succeed.
 */

export const TOKEN_PURPOSES = { confirm: 24 * 60 * 60 * 1000, reset: 60 * 60 * 1000 } as const;
export type TokenPurpose = keyof typeof TOKEN_PURPOSES;

const digest = (secret: string) => createHash("sha256").update(secret).digest();
const TOKEN_FORMAT = /^(\d{1,10})\.([A-Za-z0-9_-]{43})$/;

export async function issueUserToken(userId: number, purpose: TokenPurpose, client: Tx = db): Promise<string> {
  const secret = randomBytes(32).toString("base64url");
  const row = await client.userToken.create({
    data: { userId, purpose, tokenHash: digest(secret).toString("hex"), expiresAt: new Date(Date.now() + TOKEN_PURPOSES[purpose]) },
    select: { id: true },
  });
  return `${row.id}.${secret}`;
}

export interface TokenRow {
  id: number;
  userId: number;
  usedAt: Date | null;
  expiresAt: Date;
}

/** The row a token names when its secret matches (used or expired rows included), else null. */
export async function findUserToken(token: string, purpose: TokenPurpose): Promise<TokenRow | null> {
  const match = TOKEN_FORMAT.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const row = await db.userToken.findFirst({
    where: { id: Number(match[1]), purpose, user: { deletedAt: null } },
    select: { id: true, userId: true, usedAt: true, expiresAt: true, tokenHash: true },
  });
  if (!row) return null;
  const stored = Buffer.from(row.tokenHash, "hex");
  const given = digest(match[2]);
  if (stored.length !== given.length || !timingSafeEqual(stored, given)) return null;
  return { id: row.id, userId: row.userId, usedAt: row.usedAt, expiresAt: row.expiresAt };
}

export const isUsable = (row: TokenRow, now = new Date()) => row.usedAt === null && row.expiresAt > now;

/** Marks the token used; false when it was used (or expired) in the meantime. */
export async function consumeUserToken(row: TokenRow, client: Tx = db): Promise<boolean> {
  const now = new Date();
  const { count } = await client.userToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/** Every still-usable token of the user for `purpose` stops working (after a password change). */
export async function revokeUserTokens(userId: number, purpose: TokenPurpose, client: Tx = db): Promise<void> {
  await client.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
}
