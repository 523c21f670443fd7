import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { checkTransition, offeredTransitions, SESSION_STATES, TRANSITIONS, type Capacity, type SessionState } from "./states";

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

describe("offeredTransitions", () => {
  const as = (...capacities: Capacity[]) => ({ capacities: new Set(capacities), reviewer: capacities.includes("reviewer") });
  const names = (state: SessionState, abilities: ReturnType<typeof as>) => offeredTransitions(state, abilities).map((t) => `${t.name}→${t.to}`);

  it("offers organizers the decisions first and not withdrawing, which is the speaker's", () => {
    expect(names("pending", as("speaker", "reviewer", "organizer"))).toEqual(["accept→accepted", "reject→rejected"]);
    expect(names("accepted", as("speaker", "reviewer", "organizer"))).toEqual(["confirm→confirmed", "reject→rejected", "cancel→canceled", "reopen→pending"]);
    expect(names("draft", as("speaker", "reviewer", "organizer"))).toEqual(["submit→pending"]);
  });

  it("offers speakers their own moves and reviewers their decisions only", () => {
    expect(names("draft", as("speaker"))).toEqual(["submit→pending", "withdraw→withdrawn"]);
    expect(names("confirmed", as("speaker"))).toEqual(["withdraw→withdrawn"]);
    expect(names("accepted", as("reviewer"))).toEqual(["reject→rejected", "reopen→pending"]);
    expect(names("pending", as())).toEqual([]);
  });
});
