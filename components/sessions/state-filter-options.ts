import { SUBMITTED } from "@/lib/sessions/dashboard-query";
import { SESSION_STATES } from "@/lib/sessions/states";

/** The state filter of session lists: `submitted` (Open Event's "all but drafts") and each state. */
export const SESSION_STATE_FILTER_OPTIONS = [
  { value: SUBMITTED, label: "submitted (all but drafts)" },
  ...SESSION_STATES.map((state) => ({ value: state, label: state })),
];
