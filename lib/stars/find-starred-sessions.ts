import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { finishSessions, pageArgs, sessionInclude, type SessionRecord } from "../sessions/load";
import { publicSessionWhere } from "../sessions/scope";
import { requireStarUser } from "./access";
import type { CollectionQuery } from "../jsonapi/resource";

/** The caller's starred sessions that the public may see (what their personal feed shows). */
function starredWhere(userId: number): Prisma.SessionWhereInput {
  return { AND: [{ stars: { some: { userId } } }, publicSessionWhere(null)] };
}

/** A page of the caller's starred public sessions, for `/v1/users/me/starred-sessions`. */
export async function findStarredSessions(actor: Actor, query: CollectionQuery): Promise<{ items: SessionRecord[]; count: number }> {
  const user = requireStarUser(actor);
  const where = { AND: [starredWhere(user.id), query.where] };
  const [items, count] = await Promise.all([
    db.session.findMany({ where, ...pageArgs(query), include: sessionInclude(actor, query.include) }),
    db.session.count({ where }),
  ]);
  return { items: finishSessions(items, query.include), count };
}

/** Ids of the sessions of one event the user starred (the schedule's star buttons). */
export async function findStarredSessionIds(actor: Actor, eventId: number): Promise<Set<number>> {
  if (!actor) return new Set();
  const stars = await db.sessionStar.findMany({
    where: { userId: actor.id, session: { eventId } },
    select: { sessionId: true },
  });
  return new Set(stars.map((star) => star.sessionId));
}

/** A starred session as the user's calendar page lists it. Public data only. */
export interface StarredSessionItem {
  id: number;
  title: string;
  startsAt: Date | null;
  endsAt: Date | null;
  room: string | null;
  event: { identifier: string; name: string; timezone: string };
}

/** Every starred public session of the caller, in time order (the /calendar page). */
export async function listStarredSessions(actor: Actor): Promise<StarredSessionItem[]> {
  const user = requireStarUser(actor);
  const rows = await db.session.findMany({
    where: starredWhere(user.id),
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      microlocation: { select: { name: true, deletedAt: true } },
      event: { select: { identifier: true, name: true, timezone: true } },
    },
    orderBy: [{ startsAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
  return rows.map(({ microlocation, ...row }) => ({
    ...row,
    room: microlocation && !microlocation.deletedAt ? microlocation.name : null,
  }));
}
