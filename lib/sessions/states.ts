import { AppError } from "../errors";

/**
 * The life of a session, as data. Speakers move their own proposals (submit, withdraw);
 * reviewers (track organizers and up) decide on them; organizers run the programme (confirm,
 * cancel). Anything not in the table is impossible for everyone (422); a row that exists but
 * belongs to a role the caller lacks is forbidden (403).
 */
export const SESSION_STATES = ["draft", "pending", "accepted", "confirmed", "rejected", "withdrawn", "canceled"] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/** What the public sees and what goes into schedules and calendar exports. */
export const PUBLIC_SESSION_STATES = ["accepted", "confirmed"] as const satisfies readonly SessionState[];

/** Whether a session in this state is on the public schedule (and in its exports). */
export const onPublicSchedule = (state: string): boolean => (PUBLIC_SESSION_STATES as readonly string[]).includes(state);

/** "an accepted session", "a confirmed session" (for messages). */
export const sessionInState = (state: string) => `${/^[aeiou]/.test(state) ? "an" : "a"} ${state} session`;

/** States a proposal may be created in by someone who is not an organizer. */
export const PROPOSAL_STATES = ["draft", "pending"] as const satisfies readonly SessionState[];

/** Who may perform a transition: a session's own speaker, a reviewer, or an organizer. */
export type Capacity = "speaker" | "reviewer" | "organizer";

export interface Transition {
  name: string;
  from: readonly SessionState[];
  to: SessionState;
  by: Capacity;
}

export const TRANSITIONS: readonly Transition[] = [
  { name: "submit", from: ["draft"], to: "pending", by: "speaker" },
  { name: "withdraw", from: ["draft", "pending", "accepted", "confirmed"], to: "withdrawn", by: "speaker" },
  { name: "accept", from: ["pending"], to: "accepted", by: "reviewer" },
  { name: "reject", from: ["pending", "accepted"], to: "rejected", by: "reviewer" },
  // Undoing a decision (or reopening a withdrawn/canceled talk) puts it back into review.
  { name: "reopen", from: ["accepted", "confirmed", "rejected", "withdrawn", "canceled"], to: "pending", by: "reviewer" },
  { name: "confirm", from: ["accepted"], to: "confirmed", by: "organizer" },
  { name: "cancel", from: ["accepted", "confirmed"], to: "canceled", by: "organizer" },
];

const STATE_FIELD = { field: "state" };

export function findTransition(from: SessionState, to: SessionState): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.to === to && transition.from.includes(from));
}

/**
 * Checks a state change for a caller acting in `capacities` (an organizer acts in all three);
 * returns the transition, or undefined when the state does not change.
 */
export function checkTransition(from: SessionState, to: SessionState, capacities: ReadonlySet<Capacity>): Transition | undefined {
  if (from === to) return undefined;
  const transition = findTransition(from, to);
  if (!transition) throw new AppError("UNPROCESSABLE", `Cannot change a session from ${from} to ${to}`, STATE_FIELD);
  if (!capacities.has(transition.by)) {
    throw new AppError("FORBIDDEN", `You may not change a session from ${from} to ${to}`, STATE_FIELD);
  }
  return transition;
}

/** Decisions first, then the ways back. */
const OFFER_ORDER = ["accept", "confirm", "reject", "cancel", "reopen", "submit", "withdraw"];

/**
 * The transitions to offer someone on a session in `state`, in button order, given what they may
 * do to it (`sessionAbilities`). Organizers act in every capacity (and often created the
 * session), but withdrawing is the speaker's decision: reviewers decide with accept/reject/cancel,
 * so they are not offered it. Submitting stays, as it is the way a draft gets into review.
 */
export function offeredTransitions(
  state: SessionState,
  abilities: { capacities: ReadonlySet<Capacity>; reviewer: boolean },
): { name: string; to: SessionState }[] {
  return TRANSITIONS.filter(
    (transition) =>
      transition.from.includes(state) &&
      abilities.capacities.has(transition.by) &&
      (transition.name !== "withdraw" || !abilities.reviewer),
  )
    .sort((a, b) => OFFER_ORDER.indexOf(a.name) - OFFER_ORDER.indexOf(b.name))
    .map((transition) => ({ name: transition.name, to: transition.to }));
}

/** The capacities each role of Open Event's state map acts in: organizers act in all three. */
const STATE_MAP_ROLES: Readonly<Record<Capacity, readonly Capacity[]>> = {
  organizer: ["speaker", "reviewer", "organizer"],
  reviewer: ["reviewer"],
  speaker: ["speaker"],
};

export type SessionStateMap = Record<Capacity, Record<SessionState, Partial<Record<SessionState, true>>>>;

/**
 * Open Event's `GET /v1/sessions/states`: per role, every state and the states it may move a
 * session to (`{"organizer": {"pending": {"accepted": true, …}, …}, "speaker": {…}}`; a final
 * state maps to `{}`), read from TRANSITIONS. Reviewers (track organizers, moderators) have an
 * entry of their own, which OES folds into its organizer's.
 */
export function sessionStateMap(): SessionStateMap {
  const map = {} as SessionStateMap;
  for (const [role, capacities] of Object.entries(STATE_MAP_ROLES) as [Capacity, readonly Capacity[]][]) {
    const states = Object.fromEntries(SESSION_STATES.map((state) => [state, {}])) as Record<SessionState, Partial<Record<SessionState, true>>>;
    for (const transition of TRANSITIONS) {
      if (!capacities.includes(transition.by)) continue;
      for (const from of transition.from) states[from][transition.to] = true;
    }
    map[role] = states;
  }
  return map;
}
