import type { SessionRecord } from "../sessions/load";
import { DateTime } from "luxon";
import type { Actor } from "../auth/actor";
import { notFound } from "../errors";
import { getSessionAccess, type SessionAccess } from "../sessions/access";
import { updateSession } from "../sessions/update-session";
import { scheduleSessionSchema, type ScheduleSessionInput } from "./schemas";

/**
 * Places a session of the event in a room at a wall time of the EVENT's zone for `minutes`.
 * The event must be one the actor manages and the session must belong to it (a session of
 * another event is NOT_FOUND here even if the actor manages that one too: the zone would be
 * wrong). Permissions and time rules are `updateSession`'s. The session and its event are loaded
 * once, and `updateSession` works on what was loaded.
 */
export async function scheduleSession(
  actor: Actor,
  eventId: string,
  sessionId: number,
  input: ScheduleSessionInput,
): Promise<SessionRecord> {
  const access = await sessionToPlace(actor, eventId, sessionId);
  const data = scheduleSessionSchema.parse(input);
  const start = DateTime.fromISO(data.start, { zone: access.event.timezone });
  return updateSession(
    actor,
    String(sessionId),
    { microlocationId: data.microlocationId, startsAt: start.toJSDate(), endsAt: start.plus({ minutes: data.minutes }).toJSDate() },
    { access },
  );
}

/** Takes a session off the schedule: no room, no time. */
export async function unscheduleSession(actor: Actor, eventId: string, sessionId: number): Promise<SessionRecord> {
  const access = await sessionToPlace(actor, eventId, sessionId);
  return updateSession(actor, String(sessionId), { microlocationId: null, startsAt: null, endsAt: null }, { access });
}

/** The session within the event, which the actor must manage (`content.manage`); else NOT_FOUND. */
async function sessionToPlace(actor: Actor, eventId: string, sessionId: number): Promise<SessionAccess> {
  const access = await getSessionAccess(actor, sessionId, { event: eventId });
  if (!access.abilities.organizer) throw notFound("Event");
  return access;
}
