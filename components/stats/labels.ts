import type { SessionState } from "@/lib/sessions/states";

/** Session states as the statistics show them, with a colour each (also the event overview's). */
export const SESSION_STATE_DISPLAY: Record<SessionState, { label: string; color: string }> = {
  draft: { label: "Draft", color: "#94a3b8" },
  pending: { label: "Pending", color: "#d97706" },
  accepted: { label: "Accepted", color: "#16a34a" },
  confirmed: { label: "Confirmed", color: "#047857" },
  rejected: { label: "Rejected", color: "#dc2626" },
  withdrawn: { label: "Withdrawn", color: "#64748b" },
  canceled: { label: "Canceled", color: "#ea580c" },
};

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "7 Dec" for a UTC calendar day "2026-12-07". */
export const dayLabel = (date: string) => DAY.format(new Date(`${date}T12:00:00Z`));
