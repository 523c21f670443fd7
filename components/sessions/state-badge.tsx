import type { SessionState } from "@/lib/sessions/states";

/**
 * The one colour mapping of session states, shared by the organizer dashboard and the
 * speakers' own pages so that "accepted" looks the same everywhere: decided-in states green,
 * waiting yellow, decided-out red, withdrawn and draft grey. The label is text, never colour
 * alone, so the state reads without colour vision.
 */
const STYLES: Record<SessionState, string> = {
  accepted: "bg-green-100 text-green-800 ring-green-600/25",
  confirmed: "bg-green-100 text-green-800 ring-green-600/25",
  pending: "bg-yellow-100 text-yellow-900 ring-yellow-600/30",
  rejected: "bg-red-100 text-red-800 ring-red-600/25",
  canceled: "bg-red-100 text-red-800 ring-red-600/25",
  withdrawn: "bg-stone-200 text-stone-700 ring-stone-500/25",
  draft: "bg-slate-100 text-slate-700 ring-slate-500/20",
};

/** The tone of a state, for tests and for callers that colour something else (a row stripe). */
export function sessionStateTone(state: SessionState): "green" | "yellow" | "red" | "grey" {
  if (state === "accepted" || state === "confirmed") return "green";
  if (state === "pending") return "yellow";
  if (state === "rejected" || state === "canceled") return "red";
  return "grey";
}

export function SessionStateBadge({ state }: { state: SessionState }) {
  return (
    <span
      data-state={state}
      data-tone={sessionStateTone(state)}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[state]}`}
    >
      {state}
    </span>
  );
}
