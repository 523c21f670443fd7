import type { Actor } from "../auth/actor";
import { mapError } from "../jsonapi/errors";

/**
 * Helpers for tests that call services directly (imported by *.test.ts only): the actor a signed-in
 * user is, and what a refused call would answer through the API's error mapper.
 */

/** The actor of a user row, as the auth layer makes it. */
export const asActor = (user: { id: number; email: string; isAdmin: boolean; isSuperAdmin: boolean }): NonNullable<Actor> => ({
  id: user.id,
  email: user.email,
  isAdmin: user.isAdmin,
  isSuperAdmin: user.isSuperAdmin,
});

/** What a refused call answers through the API's error mapper: status and [detail, pointer?] per error; throws if it was accepted. */
export async function refusal(promise: Promise<unknown>): Promise<{ status: number; errors: string[][] }> {
  try {
    await promise;
  } catch (error) {
    const { status, errors } = mapError(error);
    return { status, errors: errors.map((entry) => (entry.source?.pointer ? [entry.detail, entry.source.pointer] : [entry.detail])) };
  }
  throw new Error("accepted");
}
