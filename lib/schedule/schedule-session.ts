import type { SessionRecord } from "../sessions/load";
import { DateTime } from "luxon";
import type { Actor } from "../auth/actor";
import { notFound } from "../errors";
import { getEvent } from "../events/get-event";
import { getSession } from "../sessions/get-session";
import { updateSession } from "../sessions/update-session";
import { scheduleSessionSchema, type ScheduleSessionInput } from "./schemas";

/**
 * Places a session of the event in a room at a wall time of the EVENT's zone for `minutes`.
 * The event must be one the actor manages and the session must belong to it (a session of
 * another event is NOT_FOUND here even if the actor manages that one too: the zone would be
 * wrong). Permissions and time rules are `updateSession`'s.
 */
export async function scheduleSession(
  actor: Actor,
  eventId: string,
  sessionId: number,
  input: ScheduleSessionInput,
): Promise<SessionRecord> {
  const event = await getEvent(actor, eventId, "content.manage");
  const data = scheduleSessionSchema.parse(input);
  await sessionOfEvent(actor, event.id, sessionId);
  const start = DateTime.fromISO(data.start, { zone: event.timezone });
  return updateSession(actor, String(sessionId), {
    microlocationId: data.microlocationId,
    startsAt: start.toJSDate(),
    endsAt: start.plus({ minutes: data.minutes }).toJSDate(),
  });
}

/** Takes a session off the schedule: no room, no time. */
export async function unscheduleSession(actor: Actor, eventId: string, sessionId: number): Promise<SessionRecord> {
  const event = await getEvent(actor, eventId, "content.manage");
  await sessionOfEvent(actor, event.id, sessionId);
  return updateSession(actor, String(sessionId), { microlocationId: null, startsAt: null, endsAt: null });
}

async function sessionOfEvent(actor: Actor, eventId: number, sessionId: number): Promise<void> {
  const session = await getSession(actor, sessionId);
  if (session.eventId !== eventId) throw notFound("Session");
}
