import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEvent } from "../events/get-event";
import type { RoleName } from "../generated/prisma/client";

export interface Team {
  event: { id: number; identifier: string; name: string };
  members: { id: number; roleName: RoleName; roleTitle: string; user: { id: number; email: string; name: string | null }; since: Date }[];
  invites: { id: number; email: string; roleName: RoleName; roleTitle: string; createdAt: Date }[];
}

/** Roles in the order of the hierarchy (owner first), then by when they were granted. */
const RANK: Record<RoleName, number> = { owner: 0, organizer: 1, coorganizer: 2, track_organizer: 3, moderator: 4, registrar: 5, attendee: 6 };

/**
 * The team page: who holds which role and the pending invites, for those who manage the event's
 * roles (404 for everyone else). Three queries, whatever the team's size. Attendees are not the
 * team: they get their role from a ticket.
 */
export async function getTeam(actor: Actor, eventIdOrIdentifier: string): Promise<Team> {
  const event = await getEvent(actor, eventIdOrIdentifier, "event.manage-roles");
  const [members, invites] = await Promise.all([
    db.usersEventsRoles.findMany({
      where: { eventId: event.id, deletedAt: null, user: { deletedAt: null }, role: { name: { not: "attendee" } } },
      include: { role: true, user: { select: { id: true, email: true, firstName: true, lastName: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.roleInvite.findMany({
      where: { eventId: event.id, deletedAt: null, status: "pending" },
      include: { role: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    event: { id: event.id, identifier: event.identifier, name: event.name },
    members: members
      .map((entry) => ({
        id: entry.id,
        roleName: entry.role.name,
        roleTitle: entry.role.titleName,
        user: { id: entry.user.id, email: entry.user.email, name: [entry.user.firstName, entry.user.lastName].filter(Boolean).join(" ") || null },
        since: entry.createdAt,
      }))
      .sort((a, b) => RANK[a.roleName] - RANK[b.roleName]),
    invites: invites.map((invite) => ({ id: invite.id, email: invite.email, roleName: invite.role.name, roleTitle: invite.role.titleName, createdAt: invite.createdAt })),
  };
}
