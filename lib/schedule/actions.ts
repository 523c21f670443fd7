"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { scheduleSession, unscheduleSession } from "./schedule-session";
import type { ScheduleSessionInput } from "./schemas";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * The schedule page's actions. Scheduling goes through `updateSession`, so its rules hold (a
 * scheduled session lies within the event; only organizers place sessions). Conflicts do not
 * refuse a placement: like Open Event, the organizer is warned (the dialog shows them before
 * saving, the grid outlines them after), because a clash is often a step of a rearrangement.
 */

const schedulePath = (eventId: string) => `/events/${encodeURIComponent(eventId)}/schedule`;

export async function scheduleSessionAction(
  eventId: string,
  sessionId: number,
  input: ScheduleSessionInput,
): Promise<ActionResult<{ startsAt: string; endsAt: string }>> {
  const actor = await requireSessionActor(schedulePath(eventId));
  try {
    const session = await scheduleSession(actor, eventId, sessionId, input);
    revalidatePath("/", "layout");
    return { ok: true, data: { startsAt: (session.startsAt as Date).toISOString(), endsAt: (session.endsAt as Date).toISOString() } };
  } catch (error) {
    return actionFailure(error, {
      rename: { startsAt: "start", endsAt: "minutes", microlocation: "microlocationId" },
      fields: ["microlocationId", "start", "minutes"],
      notFound: "This session does not exist any more or you may not schedule it.",
    });
  }
}

export async function unscheduleSessionAction(eventId: string, sessionId: number): Promise<ActionResult> {
  const actor = await requireSessionActor(schedulePath(eventId));
  try {
    await unscheduleSession(actor, eventId, sessionId);
    revalidatePath("/", "layout");
    return { ok: true };
  } catch (error) {
    return actionFailure(error, { notFound: "This session does not exist any more or you may not change it." });
  }
}
