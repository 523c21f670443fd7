import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { numericId, requireUser } from "../sessions/access";
import { ownSessionWhere } from "../sessions/scope";
import type { SessionState } from "../sessions/states";

/**
 * The speaker's own pages ("My sessions"): sessions the signed-in user created or speaks in
 * through a speaker profile linked to their account (`Speaker.userId`), across all events, in
 * any state. Only names of co-speakers are loaded — never their email or phone.
 * `findSpeakerSessions` lists one speaker profile's sessions; a user may hold profiles in many
 * events and may have created sessions without one, hence this read model.
 */

export interface MySession {
  id: number;
  title: string;
  state: SessionState;
  startsAt: Date | null;
  endsAt: Date | null;
  event: { identifier: string; name: string; timezone: string };
  track: { name: string; color: string } | null;
  sessionType: { name: string } | null;
  microlocation: { name: string } | null;
  speakers: { id: number; name: string }[];
}

export interface MySessionDetail extends MySession {
  subtitle: string | null;
  shortAbstract: string | null;
  longAbstract: string | null;
  slidesUrl: string | null;
}

const LIVE = { deletedAt: null };

const select = {
  id: true,
  title: true,
  state: true,
  startsAt: true,
  endsAt: true,
  event: { select: { identifier: true, name: true, timezone: true } },
  track: { select: { name: true, color: true, deletedAt: true } },
  sessionType: { select: { name: true, deletedAt: true } },
  microlocation: { select: { name: true, deletedAt: true } },
  speakers: {
    where: { speaker: LIVE },
    orderBy: [{ speaker: { name: "asc" as const } }, { speakerId: "asc" as const }],
    select: { speaker: { select: { id: true, name: true } } },
  },
} satisfies Prisma.SessionSelect;

type Row<T> = Omit<T, "track" | "sessionType" | "microlocation" | "speakers"> & {
  track: { name: string; color: string; deletedAt: Date | null } | null;
  sessionType: { name: string; deletedAt: Date | null } | null;
  microlocation: { name: string; deletedAt: Date | null } | null;
  speakers: { speaker: { id: number; name: string } }[];
};

/** Deleted tracks, types and rooms are gone for readers too (soft deletion keeps the link). */
const live = <T extends { deletedAt: Date | null }>(row: T | null) => {
  if (!row || row.deletedAt) return null;
  const { deletedAt: _deletedAt, ...rest } = row;
  return rest;
};

function finish<T extends MySession>(row: Row<T>): T {
  return {
    ...row,
    track: live(row.track),
    sessionType: live(row.sessionType),
    microlocation: live(row.microlocation),
    speakers: row.speakers.map((item) => item.speaker),
  } as unknown as T;
}

/** When a session is over: its end, or its start when it has no end; null when not scheduled. */
export const sessionReference = (session: Pick<MySession, "startsAt" | "endsAt">): Date | null => session.endsAt ?? session.startsAt;

/**
 * The user's sessions split at `now`: upcoming (soonest first, then the ones not scheduled
 * yet) and past (most recent first).
 */
export async function findMySessions(actor: Actor, now: Date = new Date()): Promise<{ upcoming: MySession[]; past: MySession[] }> {
  const user = requireUser(actor, "Sign in to see your sessions");
  const rows = await db.session.findMany({
    where: ownSessionWhere(user),
    orderBy: [{ startsAt: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
    select,
  });
  const sessions = rows.map((row) => finish<MySession>(row as Row<MySession>));
  const upcoming = sessions.filter((session) => {
    const reference = sessionReference(session);
    return reference === null || reference >= now;
  });
  const past = sessions.filter((session) => {
    const reference = sessionReference(session);
    return reference !== null && reference < now;
  });
  // The most recently finished first.
  past.sort((a, b) => (sessionReference(b) as Date).getTime() - (sessionReference(a) as Date).getTime() || b.id - a.id);
  return { upcoming, past };
}

/** One of the user's own sessions; anyone else's (or a missing one) is NOT_FOUND. */
export async function getMySession(actor: Actor, id: string | number): Promise<MySessionDetail> {
  const user = requireUser(actor, "Sign in to see your sessions");
  const row = await db.session.findFirst({
    where: { AND: [{ id: numericId(id, "Session") }, ownSessionWhere(user)] },
    select: { ...select, subtitle: true, shortAbstract: true, longAbstract: true, slidesUrl: true },
  });
  if (!row) throw notFound("Session");
  return finish<MySessionDetail>(row as Row<MySessionDetail>);
}
