import type { Actor } from "../auth/actor";

/**
 * A stand-in for lib/auth/session in tests of server actions (imported by *.test.ts only), which
 * have no browser and so no next-auth cookie:
 *
 *   vi.mock("../auth/session", () => import("../testing/signed-in"));
 *   signIn(actor);
 */
let current: Actor = null;

/** Who the next action call is made by (null: signed out). */
export function signIn(actor: Actor): void {
  current = actor;
}

export async function requireSessionActor(): Promise<NonNullable<Actor>> {
  return current as NonNullable<Actor>;
}
