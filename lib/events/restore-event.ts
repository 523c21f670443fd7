import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { requireAdmin } from "../message-settings/access";
import { eventKey } from "./event-key";

/**
 * Brings a soft-deleted event back, with everything it had (its rows were never removed).
 * Admins only: anonymous callers UNAUTHORIZED, others NOT_FOUND. An event that is not deleted
 * is a CONFLICT, so a second click reports what happened instead of passing silently.
 */
export async function restoreEvent(actor: Actor, idOrIdentifier: string | number): Promise<{ id: number; identifier: string }> {
  requireAdmin(actor);
  const event = await db.event.findFirst({ where: eventKey(idOrIdentifier), select: { id: true, identifier: true, deletedAt: true } });
  if (!event) throw notFound("Event");
  if (!event.deletedAt) throw new AppError("CONFLICT", "This event is not deleted");
  await db.event.update({ where: { id: event.id }, data: { deletedAt: null } });
  return { id: event.id, identifier: event.identifier };
}
