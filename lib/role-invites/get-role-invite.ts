import type { Actor } from "../auth/actor";
import type { IncludeTree } from "../jsonapi/resource";
import { loadInviteAccess, type LoadedRoleInvite } from "./access";

/** An invite as its invitee or the event's role managers see it; anyone else gets NOT_FOUND. */
export async function getRoleInvite(actor: Actor, id: string | number, tree: IncludeTree = {}): Promise<LoadedRoleInvite> {
  return (await loadInviteAccess(actor, id, tree)).invite;
}
