import type { Session } from "../generated/prisma/client";

type Snapshot = Pick<Session, "id" | "eventId" | "state" | "startsAt" | "endsAt" | "microlocationId">;

/** States a speaker hears about when an organizer or reviewer moves their session into them. */
const DECISIONS = new Set(["accepted", "confirmed", "rejected", "canceled"]);
/** States in which a session is on the schedule, so a move matters to its speakers. */
const SCHEDULED = new Set(["accepted", "confirmed"]);

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * The notifications a session change calls for (lib/notifications/actions.ts):
 * - a proposal reaching `pending` (created so, or submitted from draft) tells the organizers;
 * - a decision (accepted, confirmed, rejected, canceled) tells the speakers;
 * - a new time or room of a scheduled session tells the speakers;
 * - a speaker's withdrawal, or their change of a proposal beyond a draft, tells the organizers.
 * Called after the change is committed; the jobs read the rows by id.
 */
export async function announceSessionChange(
  before: Snapshot | null,
  after: Snapshot,
  actorId?: number,
  change: { bySpeaker?: boolean; edited?: boolean } = {},
): Promise<void> {
  // Loaded here: the notification jobs reach back into the session services.
  const { notify } = await import("../notifications/notify");
  const options = { userId: actorId ?? null, eventId: after.eventId };
  if (after.state === "pending" && before?.state !== "pending") {
    await notify("new_session", { sessionId: after.id }, options);
  } else if (before && before.state !== after.state && DECISIONS.has(after.state)) {
    await notify("session_state_change", { sessionId: after.id }, options);
  } else if (before && before.state !== "withdrawn" && after.state === "withdrawn" && before.state !== "draft") {
    // A withdrawn draft was never seen by the organizers.
    await notify("session_withdrawn", { sessionId: after.id }, options);
  } else if (before && change.bySpeaker && change.edited && before.state !== "draft" && after.state !== "draft") {
    await notify("session_edited", { sessionId: after.id }, options);
  }
  const moved =
    before !== null &&
    (!sameTime(before.startsAt, after.startsAt) || !sameTime(before.endsAt, after.endsAt) || before.microlocationId !== after.microlocationId);
  if (moved && SCHEDULED.has(after.state) && before.state === after.state) {
    await notify("session_schedule_change", { sessionId: after.id }, options);
  }
}
