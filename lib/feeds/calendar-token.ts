import { randomBytes } from "node:crypto";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * The secret of a user's personal feed (`/v1/calendar/<token>.ics`): 32 random bytes,
 * base64url (43 characters), in `User.calendarToken`. The URL carries no user id, so it
 * reveals nothing but the starred sessions. Rotating replaces it and revoking clears it; either
 * way the old URL answers 404 from then on.
 *
 * Stored as is (not hashed) because the user's calendar page shows the URL again; it grants
 * read access to public data only.
 */

export const CALENDAR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function requireUser(actor: Actor): NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  return actor;
}

export const newCalendarToken = () => randomBytes(32).toString("base64url");

/** The caller's current token, or null when they have none (never made, or revoked). */
export async function getCalendarToken(actor: Actor): Promise<string | null> {
  const user = requireUser(actor);
  const row = await db.user.findFirst({ where: { id: user.id, deletedAt: null }, select: { calendarToken: true } });
  if (!row) throw new AppError("UNAUTHORIZED", "Authentication required");
  return row.calendarToken;
}

/** A new token for the caller (the first one, or a replacement that revokes the old URL). */
export async function rotateCalendarToken(actor: Actor): Promise<string> {
  const user = requireUser(actor);
  const token = newCalendarToken();
  // `updatedAt` moves too: it is part of the personal feed's Last-Modified (last-modified.ts).
  await db.user.update({ where: { id: user.id }, data: { calendarToken: token } });
  return token;
}

/** Clears the caller's token: the feed URL stops working and none is shown until a new one is made. */
export async function revokeCalendarToken(actor: Actor): Promise<void> {
  const user = requireUser(actor);
  await db.user.update({ where: { id: user.id }, data: { calendarToken: null } });
}
