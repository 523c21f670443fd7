import { formatEventRange, formatZone } from "../format/dates";

/**
 * A session's time as its speaker reads it: in the EVENT's zone with the zone named (a speaker
 * flying in should not have to guess whose 09:00 it is), or "Not scheduled yet".
 */
export function formatSessionTime(session: { startsAt: Date | null; endsAt: Date | null }, zone: string): string {
  if (!session.startsAt || !session.endsAt) return "Not scheduled yet";
  return `${formatEventRange(session.startsAt, session.endsAt, zone)} (${formatZone(zone, session.startsAt)})`;
}
