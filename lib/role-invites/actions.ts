"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireSessionActor } from "../auth/session";
import { AppError } from "../errors";
import { DocumentValidationError } from "../jsonapi/errors";
import { deleteUsersEventsRole } from "../roles/delete-users-events-role";
import { trackLinkageSchema } from "../roles/schemas";
import { changeRoleTracks } from "../roles/users-events-role-tracks";
import { createRoleInvite } from "./create-role-invite";
import { respondToInviteByHash } from "./invite-by-hash";
import { revokeRoleInvite } from "./revoke-role-invite";
import { roleInviteFormSchema } from "./schemas";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Server actions of the team page and the invite page: the browser's edge to the same services
 * as /v1/role-invites. Server actions are reachable by direct POST, so each resolves the session
 * itself and the services authorise.
 */

export type TeamActionResult = { ok: true } | { ok: false; fieldErrors: Partial<Record<"email" | "roleName", string>>; formError?: string };

const attributeToField: Record<string, "email" | "roleName"> = { email: "email", "role-name": "roleName" };

function failure(error: unknown): TeamActionResult {
  // Unknown errors reach the error boundary and the log instead of posing as a form problem.
  if (!(error instanceof AppError)) throw error;
  const field = attributeToField[error.source?.pointer?.split("/").pop() ?? ""];
  if (field) return { ok: false, fieldErrors: { [field]: error.detail } };
  if (error.code === "NOT_FOUND") return { ok: false, fieldErrors: {}, formError: "This event or invite does not exist any more." };
  return { ok: false, fieldErrors: {}, formError: error.detail };
}

const teamPath = (eventKey: string) => `/events/${encodeURIComponent(eventKey)}/team`;

export async function inviteToTeamAction(eventId: number, eventKey: string, values: unknown): Promise<TeamActionResult> {
  const actor = await requireSessionActor(teamPath(eventKey));
  const parsed = roleInviteFormSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<"email" | "roleName", string>> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (key === "email" || key === "roleName") fieldErrors[key] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }
  try {
    await createRoleInvite(actor, { ...parsed.data, eventId });
  } catch (error) {
    return failure(error);
  }
  revalidatePath(teamPath(eventKey));
  return { ok: true };
}

export async function revokeInviteAction(inviteId: number, eventKey: string): Promise<TeamActionResult> {
  const actor = await requireSessionActor(teamPath(eventKey));
  try {
    await revokeRoleInvite(actor, inviteId);
  } catch (error) {
    return failure(error);
  }
  revalidatePath(teamPath(eventKey));
  return { ok: true };
}

export async function removeMemberAction(entryId: number, eventKey: string): Promise<TeamActionResult> {
  const actor = await requireSessionActor(teamPath(eventKey));
  try {
    await deleteUsersEventsRole(actor, String(entryId));
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/", "layout");
  return { ok: true };
}

/** Replaces the tracks a track organizer organizes (the team page's track picker). */
export async function setMemberTracksAction(entryId: number, eventKey: string, trackIds: unknown): Promise<TeamActionResult> {
  const actor = await requireSessionActor(teamPath(eventKey));
  const ids = Array.isArray(trackIds) ? trackIds : [];
  const parsed = trackLinkageSchema.safeParse({ data: ids.map((id) => ({ type: "track", id: String(id) })) });
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: parsed.error.issues[0]?.message ?? "Pick tracks from the list" };
  try {
    await changeRoleTracks(actor, String(entryId), "replace", parsed.data);
  } catch (error) {
    // A track deleted since the page was shown.
    if (error instanceof DocumentValidationError) return { ok: false, fieldErrors: {}, formError: error.issues[0]?.detail ?? "Pick tracks from the list" };
    return failure(error);
  }
  // The track organizer's dashboard lists change with their tracks.
  revalidatePath("/", "layout");
  return { ok: true };
}

/** Accepting leads to the event's dashboard; declining stays on the invite page, which says so. */
export async function respondToInviteAction(hash: string, answer: "accepted" | "declined"): Promise<{ error?: string }> {
  const actor = await requireSessionActor(`/invites/${encodeURIComponent(hash)}`);
  let identifier: string;
  try {
    const invite = await respondToInviteByHash(actor, hash, answer);
    identifier = invite.event.identifier;
  } catch (error) {
    if (error instanceof AppError) return { error: error.code === "NOT_FOUND" ? "This invite does not exist any more." : error.detail };
    throw error;
  }
  revalidatePath("/", "layout");
  if (answer === "accepted") redirect(`/events/${encodeURIComponent(identifier)}`);
  return {};
}
