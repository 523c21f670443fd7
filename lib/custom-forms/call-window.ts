/**
 * The window of a call for speakers, for the server and the browser alike (no server imports):
 * proposals are taken from `startsAt` until `endsAt`; `softEndsAt` is the deadline the call
 * announces, after which it is still open but closing (Open Event's "soft closing").
 */

export interface CallWindow {
  startsAt: Date | string;
  softEndsAt?: Date | string | null;
  endsAt: Date | string;
}

export type CallState = "upcoming" | "open" | "closing" | "closed";

const time = (value: Date | string) => new Date(value).getTime();

export function callState(call: CallWindow, now: Date = new Date()): CallState {
  const at = now.getTime();
  if (at < time(call.startsAt)) return "upcoming";
  if (at >= time(call.endsAt)) return "closed";
  if (call.softEndsAt && at >= time(call.softEndsAt)) return "closing";
  return "open";
}

/** Whether the call takes proposals at `now`. */
export const isCallOpen = (call: CallWindow, now: Date = new Date()): boolean => {
  const state = callState(call, now);
  return state === "open" || state === "closing";
};
