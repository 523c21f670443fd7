import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { EventState, RoleName } from "../generated/prisma/enums";
import { EVENT_ROLES } from "../permissions";

export interface UserEvent {
  id: number;
  identifier: string;
  name: string;
  state: EventState;
  startsAt: Date;
  deletedAt: Date | null;
  /** The user's live roles on it, most powerful first. */
  roles: RoleName[];
}

/**
 * The events a user holds live roles on, deleted events included (marked), newest first: the
 * admin's view of an account, and the user's own. Anonymous callers get UNAUTHORIZED, others
 * NOT_FOUND. One query.
 */
export async function findUserEvents(actor: Actor, userId: number): Promise<UserEvent[]> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (actor.id !== userId && !isAdmin(actor)) throw notFound("User");
  const events = await db.event.findMany({
    where: { roles: { some: { userId, deletedAt: null } } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      identifier: true,
      name: true,
      state: true,
      startsAt: true,
      deletedAt: true,
      roles: { where: { userId, deletedAt: null }, select: { role: { select: { name: true } } } },
    },
  });
  return events.map(({ roles, ...event }) => ({
    ...event,
    roles: roles.map((row) => row.role.name).sort((a, b) => EVENT_ROLES.indexOf(a) - EVENT_ROLES.indexOf(b)),
  }));
}
