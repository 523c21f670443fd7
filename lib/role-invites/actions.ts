"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
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

/** The invite form's fields; the team page's buttons have none, so their messages are form-level. */
const failure = (error: unknown) =>
  actionFailure(error, { fields: ["email", "roleName"], notFound: "This event or invite does not exist any more." });

const teamPath = (eventKey: string) => `/events/${encodeURIComponent(eventKey)}/team`;

export async function inviteToTeamAction(eventId: number, eventKey: string, values: unknown): Promise<ActionResult> {
  const actor = await requireSessionActor(teamPath(eventKey));
  const parsed = roleInviteFormSchema.safeParse(values);
  if (!parsed.success) return failure(parsed.error);
  try {
    await createRoleInvite(actor, { ...parsed.data, eventId });
  } catch (error) {
    return failure(error);
  }
  revalidatePath(teamPath(eventKey));
  return { ok: true };
}

export async function revokeInviteAction(inviteId: number, eventKey: string): Promise<ActionResult> {
  const actor = await requireSessionActor(teamPath(eventKey));
  try {
    await revokeRoleInvite(actor, inviteId);
  } catch (error) {
    return failure(error);
  }
  revalidatePath(teamPath(eventKey));
  return { ok: true };
}

export async function removeMemberAction(entryId: number, eventKey: string): Promise<ActionResult> {
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
export async function setMemberTracksAction(entryId: number, eventKey: string, trackIds: unknown): Promise<ActionResult> {
  const actor = await requireSessionActor(teamPath(eventKey));
  const ids = Array.isArray(trackIds) ? trackIds : [];
  const parsed = trackLinkageSchema.safeParse({ data: ids.map((id) => ({ type: "track", id: String(id) })) });
  if (!parsed.success) return failure(parsed.error);
  try {
    await changeRoleTracks(actor, String(entryId), "replace", parsed.data);
  } catch (error) {
    // E.g. a track deleted since the page was shown.
    return failure(error);
  }
  // The track organizer's dashboard lists change with their tracks.
  revalidatePath("/", "layout");
  return { ok: true };
}

/** Accepting leads to the event's dashboard; declining stays on the invite page, which says so. */
export async function respondToInviteAction(hash: string, answer: "accepted" | "declined"): Promise<ActionResult> {
  const actor = await requireSessionActor(`/invites/${encodeURIComponent(hash)}`);
  let identifier: string;
  try {
    const invite = await respondToInviteByHash(actor, hash, answer);
    identifier = invite.event.identifier;
  } catch (error) {
    return actionFailure(error, { fields: [], notFound: "This invite does not exist any more." });
  }
  revalidatePath("/", "layout");
  if (answer === "accepted") redirect(`/events/${encodeURIComponent(identifier)}`);
  return { ok: true };
}
