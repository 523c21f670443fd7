import { randomBytes } from "node:crypto";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { env } from "../env";
import { AppError, notFound } from "../errors";
import type { IncludeTree } from "../jsonapi/resource";
import { notify } from "../notifications/notify";
import { actorRoles, can, eventScope, rolesOf } from "../permissions";
import { inviteInclude, type LoadedRoleInvite } from "./access";
import { invitableRole } from "./roles";
import type { CreateRoleInviteInput } from "./schemas";

/** The accept link's secret: 32 random bytes, URL-safe (base64url), 256 bits of guessing. */
export const newInviteHash = () => randomBytes(32).toString("base64url");

export const acceptLink = (hash: string) => `${env().APP_URL}/invites/${hash}`;

/**
 * Invites an e-mail address to a role on an event and mails the accept link (in the background,
 * through the notifications module). Only owners, organizers and admins may invite: anyone who
 * cannot see the event gets NOT_FOUND, event staff who may not manage roles get FORBIDDEN.
 */
export async function createRoleInvite(
  actor: Actor,
  input: CreateRoleInviteInput,
  options: { include?: IncludeTree } = {},
): Promise<LoadedRoleInvite> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  const event = await db.event.findFirst({
    where: { AND: [{ id: input.eventId }, eventScope(actor, "event.view")] },
    include: { roles: rolesOf(actor) },
  });
  if (!event) throw notFound("Event");
  if (!can(actor, "event.manage-roles", { ...event, actorRoles: actorRoles(event) })) {
    throw new AppError("FORBIDDEN", "Only the event's owner and organizers may invite people");
  }
  const role = await invitableRole(db, input);

  const [pending, member] = await Promise.all([
    db.roleInvite.findFirst({
      where: { eventId: event.id, roleId: role.id, status: "pending", deletedAt: null, email: { equals: input.email, mode: "insensitive" } },
      select: { id: true },
    }),
    db.usersEventsRoles.findFirst({
      where: { eventId: event.id, roleId: role.id, deletedAt: null, user: { deletedAt: null, email: { equals: input.email, mode: "insensitive" } } },
      select: { id: true },
    }),
  ]);
  if (member) throw new AppError("CONFLICT", `This person already is ${role.titleName} of the event`, { field: "email" });
  if (pending) throw new AppError("CONFLICT", "This person already has a pending invite to this role", { field: "email" });

  const hash = newInviteHash();
  const invite = await db.roleInvite.create({
    data: { email: input.email, eventId: event.id, roleId: role.id, hash },
    include: inviteInclude(actor, options.include),
  });
  // After the commit: the job reads the invite by id.
  await notify("event_role_invite", { roleInviteId: invite.id, link: acceptLink(hash) }, { userId: actor.id, eventId: event.id });
  return invite as LoadedRoleInvite;
}
