import type { Actor } from "../auth/actor";
import { db } from "../db";
import { eventKey } from "../events/event-key";
import { AppError, notFound } from "../errors";
import { actorRoles, can, eventScope, rolesOf } from "../permissions";

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

type Row = Omit<EventGeneralStatistics, "id" | "identifier" | "speakers"> & { speakers: Omit<SpeakersByState, "total">; speakersTotal: number };

/**
 * The statistics of an event for those who run it: co-organizers and up (Open Event's
 * `is_coorganizer`, the roles of `event.update`) and admins. As the event's other routes:
 * anonymous callers get UNAUTHORIZED, those who cannot see the event NOT_FOUND (as for a
 * missing one), those who see it but may not change it FORBIDDEN. Four queries whatever the
 * size of the event: the event within the caller's reach with their roles on it (three, as
 * Prisma loads relations), then one aggregate.
 */
export async function getEventGeneralStatistics(actor: Actor, idOrIdentifier: string | number): Promise<EventGeneralStatistics> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to see the statistics of an event");
  const found = await db.event.findFirst({
    where: { AND: [eventKey(idOrIdentifier), eventScope(actor, "event.view")] },
    select: { id: true, identifier: true, state: true, privacy: true, deletedAt: true, roles: rolesOf(actor) },
  });
  if (!found) throw notFound("Event");
  const event = { ...found, actorRoles: actorRoles(found) };
  if (!can(actor, "event.update", event)) throw new AppError("FORBIDDEN", "Only the event's co-organizers and up see its statistics");

  // Each speaker's live session states are gathered once (a hash join over the event's links);
  // speakers are then counted per state from that, so no count looks up another.
  const [row] = await db.$queryRaw<Row[]>`
    WITH session_counts AS (
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
      WHERE "eventId" = ${event.id} AND "deletedAt" IS NULL
    ),
    speaker_states AS (
      SELECT sp.id, array_agg(DISTINCT s.state::text) FILTER (WHERE s.id IS NOT NULL) AS states
      FROM "Speaker" sp
      LEFT JOIN "SessionSpeaker" link ON link."speakerId" = sp.id
      LEFT JOIN "Session" s ON s.id = link."sessionId" AND s."deletedAt" IS NULL
      WHERE sp."eventId" = ${event.id} AND sp."deletedAt" IS NULL
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
      session_counts.*,
      speaker_counts.*,
      (SELECT count(*)::int FROM "Sponsor" WHERE "eventId" = ${event.id} AND "deletedAt" IS NULL) AS sponsors
    FROM session_counts, speaker_counts`;
  if (!row) throw new Error("The statistics query answered no row");
  const { speakers, speakersTotal, ...counts } = row;
  return {
    id: event.id,
    identifier: event.identifier,
    ...counts,
    speakers: { ...speakers, total: speakersTotal },
  };
}
