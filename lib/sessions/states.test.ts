import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { checkTransition, SESSION_STATES, TRANSITIONS, type Capacity, type SessionState } from "./states";

const ALL = new Set<Capacity>(["speaker", "reviewer", "organizer"]);

function outcome(from: SessionState, to: SessionState, capacities: ReadonlySet<Capacity>): string {
  try {
    return checkTransition(from, to, capacities)?.name ?? "unchanged";
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.detail}` : "thrown";
  }
}

describe("session transitions", () => {
  it("allows exactly the table's transitions to organizers", () => {
    const allowed = SESSION_STATES.flatMap((from) => SESSION_STATES.filter((to) => from !== to && !outcome(from, to, ALL).startsWith("422")).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(TRANSITIONS.flatMap((t) => t.from.map((from) => `${from}→${t.to}`)).sort());
    expect(allowed).toHaveLength(16);
  });

  it("names impossible transitions and forbids other people's", () => {
    expect(outcome("rejected", "confirmed", ALL)).toBe("422 Cannot change a session from rejected to confirmed");
    expect(outcome("pending", "accepted", new Set(["speaker"]))).toBe("403 You may not change a session from pending to accepted");
    expect(outcome("accepted", "confirmed", new Set(["reviewer"]))).toBe("403 You may not change a session from accepted to confirmed");
    expect(outcome("draft", "pending", new Set(["speaker"]))).toBe("submit");
    expect(outcome("confirmed", "withdrawn", new Set(["speaker"]))).toBe("withdraw");
    expect(outcome("accepted", "accepted", new Set())).toBe("unchanged");
  });
});
