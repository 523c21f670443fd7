import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { IncludeTree } from "../jsonapi/resource";
import { inviteInclude, LIVE, sameEmail, type LoadedRoleInvite } from "./access";
import { respondToRoleInvite, type InviteAnswer } from "./respond-to-role-invite";
import { inviteHashSchema } from "./schemas";

/**
 * The accept link (`/invites/<hash>`): whoever holds the secret may see what the invite is for,
 * so the page can show the event and the role to a visitor who is not signed in yet.
 */
export interface InviteSummary {
  email: string;
  status: "pending" | "accepted" | "declined";
  roleName: string;
  roleTitle: string;
  event: { id: number; identifier: string; name: string; startsAt: Date; endsAt: Date; timezone: string };
}

async function findByHash(hash: string) {
  // A malformed link is the same as a revoked one; the lookup needs no query then.
  if (!inviteHashSchema.safeParse(hash).success) return null;
  return db.roleInvite.findFirst({
    where: { ...LIVE, hash },
    include: {
      role: true,
      event: { select: { id: true, identifier: true, name: true, startsAt: true, endsAt: true, timezone: true } },
    },
  });
}

export async function getInviteByHash(hash: string): Promise<InviteSummary> {
  const invite = await findByHash(hash);
  if (!invite) throw notFound("Invite");
  return { email: invite.email, status: invite.status, roleName: invite.role.name, roleTitle: invite.role.titleName, event: invite.event };
}

/**
 * Accepts or declines through the link. The signed-in user must be the invited address; anyone
 * else (and a revoked invite) gets NOT_FOUND. Holding the link proves the address, so this also
 * works for an account created a minute ago from that link.
 */
export async function respondToInviteByHash(
  actor: Actor,
  hash: string,
  answer: InviteAnswer,
  options: { include?: IncludeTree } = {},
): Promise<LoadedRoleInvite> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  const invite = await findByHash(hash);
  if (!invite || !sameEmail(invite.email, actor.email)) throw notFound("Invite");
  await respondToRoleInvite(invite, actor.id, answer, { provesEmail: true });
  return (await db.roleInvite.findUniqueOrThrow({ where: { id: invite.id }, include: inviteInclude(actor, options.include) })) as LoadedRoleInvite;
}
