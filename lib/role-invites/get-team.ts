import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEvent } from "../events/get-event";
import type { RoleName } from "../generated/prisma/client";

export interface Team {
  event: { id: number; identifier: string; name: string };
  members: {
    id: number;
    roleName: RoleName;
    roleTitle: string;
    user: { id: number; email: string; name: string | null };
    since: Date;
    /** The tracks a track organizer organizes (empty for other roles). */
    tracks: { id: number; name: string }[];
  }[];
  invites: { id: number; email: string; roleName: RoleName; roleTitle: string; createdAt: Date }[];
  /** The event's live tracks, to pick a track organizer's from. */
  tracks: { id: number; name: string }[];
}

/** Roles in the order of the hierarchy (owner first), then by when they were granted. */
const RANK: Record<RoleName, number> = { owner: 0, organizer: 1, coorganizer: 2, track_organizer: 3, moderator: 4, registrar: 5, attendee: 6 };

/**
 * The team page: who holds which role (with a track organizer's tracks), the pending invites and
 * the event's tracks, for those who manage the event's roles (404 for everyone else). A fixed
 * number of queries, whatever the team's size. Attendees are not the team: they get their role
 * from a ticket.
 */
export async function getTeam(actor: Actor, eventIdOrIdentifier: string): Promise<Team> {
  const event = await getEvent(actor, eventIdOrIdentifier, "event.manage-roles");
  const [members, invites, tracks] = await Promise.all([
    db.usersEventsRoles.findMany({
      where: { eventId: event.id, deletedAt: null, user: { deletedAt: null }, role: { name: { not: "attendee" } } },
      include: {
        role: true,
        user: { select: { id: true, email: true, firstName: true, lastName: true } },
        tracks: {
          where: { track: { deletedAt: null } },
          select: { track: { select: { id: true, name: true } } },
          orderBy: [{ track: { position: "asc" } }, { trackId: "asc" }],
        },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.roleInvite.findMany({
      where: { eventId: event.id, deletedAt: null, status: "pending" },
      include: { role: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.track.findMany({
      where: { eventId: event.id, deletedAt: null },
      select: { id: true, name: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
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
        tracks: entry.tracks.map((assignment) => assignment.track),
      }))
      .sort((a, b) => RANK[a.roleName] - RANK[b.roleName]),
    invites: invites.map((invite) => ({ id: invite.id, email: invite.email, roleName: invite.role.name, roleTitle: invite.role.titleName, createdAt: invite.createdAt })),
    tracks,
  };
}
