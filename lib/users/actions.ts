"use server";

import { revalidatePath } from "next/cache";
import { signOut } from "../auth/next-auth";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { deleteUser } from "./delete-user";
import { restoreUser } from "./restore-user";
import { updateUserSchema, userProfileSchema } from "./schemas";
import { updateUser } from "./update-user";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Server actions of the account page and the admin users pages, over the lib/users services
 * (which decide who may do what) with the forms' schemas. Errors come back keyed by form field.
 */

const PROFILE_FIELDS = Object.keys(userProfileSchema.shape);
const failure = (error: unknown) => actionFailure(error, { notFound: "This account does not exist or you may not change it.", fields: PROFILE_FIELDS });

function refresh() {
  revalidatePath("/", "layout");
}

/** Runs one service as the signed-in caller; on success the pages show the change. */
async function run(from: string, work: (actor: Awaited<ReturnType<typeof requireSessionActor>>) => Promise<unknown>): Promise<ActionResult> {
  const actor = await requireSessionActor(from);
  try {
    await work(actor);
  } catch (error) {
    return failure(error);
  }
  refresh();
  return { ok: true };
}

/** Saves a profile: the caller's own (the account page) or, for admins, anyone's. */
export async function saveProfileAction(userId: number, values: unknown): Promise<ActionResult> {
  const parsed = userProfileSchema.safeParse(values);
  if (!parsed.success) return failure(parsed.error);
  return run("/account", (actor) => updateUser(actor, userId, parsed.data));
}

const PRIVILEGES = ["isAdmin", "isSuperAdmin", "isVerified"] as const;
export type Privilege = (typeof PRIVILEGES)[number];

/** Promotes, demotes or verifies an account (lib/users/update-user.ts says who may). */
export async function setPrivilegeAction(userId: number, privilege: Privilege, value: boolean): Promise<ActionResult> {
  if (!PRIVILEGES.includes(privilege)) return { ok: false, fieldErrors: {}, formError: "Unknown privilege" };
  const parsed = updateUserSchema.safeParse({ [privilege]: value });
  if (!parsed.success) return failure(parsed.error);
  return run(`/admin/users/${userId}`, (actor) => updateUser(actor, userId, parsed.data));
}

export async function deleteUserAction(userId: number): Promise<ActionResult> {
  return run(`/admin/users/${userId}`, (actor) => deleteUser(actor, userId));
}

export async function restoreUserAction(userId: number): Promise<ActionResult> {
  return run(`/admin/users/${userId}`, (actor) => restoreUser(actor, userId));
}

/** Deletes the caller's own account and clears this browser's session cookie (every session of the account died with it). */
export async function deleteOwnAccountAction(): Promise<ActionResult> {
  const actor = await requireSessionActor("/account");
  try {
    await deleteUser(actor, actor.id);
  } catch (error) {
    return failure(error);
  }
  // The cookie is dead already (the account is deleted); clearing it tidies this browser up.
  await signOut({ redirect: false });
  return { ok: true };
}
