import type { Actor } from "../auth/actor";
import { db } from "../db";
import { eventKey } from "../events/event-key";
import { AppError, notFound } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { can, type EventForPermission, type EventRole } from "../permissions";

/** Speakers with at least one live session in each state, and in any state (`total`). */
export interface SpeakersByState {
  draft: number;
  pending: number;
  accepted: number;
  confirmed: number;
  rejected: number;
  withdrawn: number;
  canceled: number;
  total: number;
}

/**
 * Open Event's `event-statistics-general` (`/v1/events/{id}/general-statistics`). Sessions and
 * speakers are the live ones of the event, as the dashboard lists show them:
 * `sessions-submitted` counts every proposed session (all but drafts; Open Event repeats the
 * total there), `speakers` is Open Event's object of speakers per session state (a speaker
 * with sessions in two states counts in both; `total` counts each once), and
 * `speaker-without-session` the speakers without any live session, so `speakers.total` plus
 * it is every live speaker.
 */
export interface EventGeneralStatistics {
  id: number;
  identifier: string;
  sessions: number;
  sessionsDraft: number;
  sessionsSubmitted: number;
  sessionsAccepted: number;
  sessionsConfirmed: number;
  sessionsPending: number;
  sessionsRejected: number;
  sessionsWithdrawn: number;
  sessionsCanceled: number;
  speakers: SpeakersByState;
  sponsors: number;
  speakerWithoutSession: number;
}

type Row = Omit<EventGeneralStatistics, "speakers"> & {
  state: EventForPermission["state"];
  privacy: EventForPermission["privacy"];
  deletedAt: Date | null;
  roles: EventRole[];
  speakers: Omit<SpeakersByState, "total">;
  speakersTotal: number;
};

/** The event a URL names, as SQL: an all-digit key is an id (lib/events/event-key.ts). */
function eventCondition(idOrIdentifier: string | number): Prisma.Sql {
  const key = eventKey(idOrIdentifier);
  return "identifier" in key ? Prisma.sql`e.identifier = ${key.identifier}` : Prisma.sql`e.id = ${key.id}`;
}

/**
 * The statistics of an event for those who run it: co-organizers and up (Open Event's
 * `is_coorganizer`, the roles of `event.update`) and admins. As the event's other routes:
 * anonymous callers get UNAUTHORIZED, those who cannot see the event NOT_FOUND (as for a
 * missing one), those who see it but may not change it FORBIDDEN, decided by `can` on the
 * event's row and the caller's roles. One statement whatever the size of the event: the event,
 * the caller's roles on it and the counts (PostgreSQL aggregates the rows; nothing is sent back
 * to count here).
 */
export async function getEventGeneralStatistics(actor: Actor, idOrIdentifier: string | number): Promise<EventGeneralStatistics> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to see the statistics of an event");
  // Each speaker's live session states are gathered once (a hash join over the event's links);
  // speakers are then counted per state from that, so no count looks up another.
  const [row] = await db.$queryRaw<Row[]>`
    WITH event AS (
      SELECT e.id, e.identifier, e.state::text AS state, e.privacy::text AS privacy, e."deletedAt",
        ARRAY(
          SELECT r.name::text FROM "UsersEventsRoles" u JOIN "Role" r ON r.id = u."roleId"
          WHERE u."eventId" = e.id AND u."userId" = ${actor.id} AND u."deletedAt" IS NULL
        ) AS roles
      FROM "Event" e
      WHERE ${eventCondition(idOrIdentifier)}
    ),
    session_counts AS (
      SELECT
        count(*)::int AS sessions,
        count(*) FILTER (WHERE state = 'draft')::int AS "sessionsDraft",
        count(*) FILTER (WHERE state <> 'draft')::int AS "sessionsSubmitted",
        count(*) FILTER (WHERE state = 'accepted')::int AS "sessionsAccepted",
        count(*) FILTER (WHERE state = 'confirmed')::int AS "sessionsConfirmed",
        count(*) FILTER (WHERE state = 'pending')::int AS "sessionsPending",
        count(*) FILTER (WHERE state = 'rejected')::int AS "sessionsRejected",
        count(*) FILTER (WHERE state = 'withdrawn')::int AS "sessionsWithdrawn",
        count(*) FILTER (WHERE state = 'canceled')::int AS "sessionsCanceled"
      FROM "Session"
      WHERE "eventId" = (SELECT id FROM event) AND "deletedAt" IS NULL
    ),
    speaker_states AS (
      SELECT sp.id, array_agg(DISTINCT s.state::text) FILTER (WHERE s.id IS NOT NULL) AS states
      FROM "Speaker" sp
      LEFT JOIN "SessionSpeaker" link ON link."speakerId" = sp.id
      LEFT JOIN "Session" s ON s.id = link."sessionId" AND s."deletedAt" IS NULL
      WHERE sp."eventId" = (SELECT id FROM event) AND sp."deletedAt" IS NULL
      GROUP BY sp.id
    ),
    speaker_counts AS (
      SELECT
        json_build_object(
          'draft', count(*) FILTER (WHERE 'draft' = ANY(states)),
          'pending', count(*) FILTER (WHERE 'pending' = ANY(states)),
          'accepted', count(*) FILTER (WHERE 'accepted' = ANY(states)),
          'confirmed', count(*) FILTER (WHERE 'confirmed' = ANY(states)),
          'rejected', count(*) FILTER (WHERE 'rejected' = ANY(states)),
          'withdrawn', count(*) FILTER (WHERE 'withdrawn' = ANY(states)),
          'canceled', count(*) FILTER (WHERE 'canceled' = ANY(states))
        ) AS speakers,
        count(*) FILTER (WHERE states IS NOT NULL)::int AS "speakersTotal",
        count(*) FILTER (WHERE states IS NULL)::int AS "speakerWithoutSession"
      FROM speaker_states
    )
    SELECT
      event.*,
      session_counts.*,
      speaker_counts.*,
      (SELECT count(*)::int FROM "Sponsor" WHERE "eventId" = event.id AND "deletedAt" IS NULL) AS sponsors
    FROM event, session_counts, speaker_counts`;
  if (!row) throw notFound("Event");
  const { state, privacy, deletedAt, roles, speakers, speakersTotal, ...counts } = row;
  const event = { state, privacy, deletedAt, actorRoles: roles };
  if (!can(actor, "event.view", event)) throw notFound("Event");
  if (!can(actor, "event.update", event)) throw new AppError("FORBIDDEN", "Only the event's co-organizers and up see its statistics");
  return {
    ...counts,
    speakers: { ...speakers, total: speakersTotal },
  };
}
