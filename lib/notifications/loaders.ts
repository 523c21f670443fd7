import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

/**
 * What the action templates read, each in a constant number of queries (one Prisma query with
 * nested selects, i.e. one SQL statement per relation level, whatever the number of organizers
 * or speakers). A deleted row loads as null: the job then ends without retrying.
 */

/** Roles whose holders hear about what happens to an event (DESIGN: organizers). */
export const ORGANIZER_ROLES = ["owner", "organizer", "coorganizer"] as const;

const personSelect = { id: true, email: true, firstName: true, lastName: true } satisfies Prisma.UserSelect;
export type Person = Prisma.UserGetPayload<{ select: typeof personSelect }>;

const eventSelect = {
  id: true,
  name: true,
  identifier: true,
  timezone: true,
  deletedAt: true,
  roles: {
    where: { deletedAt: null, role: { name: { in: [...ORGANIZER_ROLES] } }, user: { deletedAt: null } },
    select: { user: { select: personSelect } },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;
export type LoadedEvent = Omit<EventRow, "roles"> & { organizers: Person[] };

function withOrganizers({ roles, ...event }: EventRow): LoadedEvent {
  // One person may hold several roles (owner and organizer): one message each.
  const seen = new Set<number>();
  const organizers = roles.map((role) => role.user).filter((user) => !seen.has(user.id) && seen.add(user.id));
  return { ...event, organizers };
}

export async function loadEvent(eventId: number, options: { includeDeleted?: boolean } = {}): Promise<LoadedEvent | null> {
  const event = await db.event.findFirst({ where: { id: eventId, ...(options.includeDeleted ? {} : { deletedAt: null }) }, select: eventSelect });
  return event && withOrganizers(event);
}

const sessionSelect = {
  id: true,
  title: true,
  state: true,
  startsAt: true,
  endsAt: true,
  microlocation: { select: { name: true } },
  event: { select: eventSelect },
  speakers: {
    where: { speaker: { deletedAt: null } },
    select: {
      speaker: {
        select: { id: true, name: true, email: true, user: { select: { ...personSelect, deletedAt: true } } },
      },
    },
    orderBy: { speakerId: "asc" },
  },
} satisfies Prisma.SessionSelect;

type SessionRow = Prisma.SessionGetPayload<{ select: typeof sessionSelect }>;
export interface LoadedSpeaker {
  name: string;
  email: string | null;
  /** The speaker's account, when it has one that is not deleted. */
  user: Person | null;
}
export type LoadedSession = Omit<SessionRow, "event" | "speakers"> & { event: LoadedEvent; speakers: LoadedSpeaker[] };

export async function loadSession(sessionId: number): Promise<LoadedSession | null> {
  const session = await db.session.findFirst({
    where: { id: sessionId, deletedAt: null, event: { deletedAt: null } },
    select: sessionSelect,
  });
  if (!session) return null;
  const { event, speakers, ...rest } = session;
  return {
    ...rest,
    event: withOrganizers(event),
    speakers: speakers.map(({ speaker }) => ({
      name: speaker.name,
      email: speaker.email,
      user: speaker.user && !speaker.user.deletedAt ? { id: speaker.user.id, email: speaker.user.email, firstName: speaker.user.firstName, lastName: speaker.user.lastName } : null,
    })),
  };
}

export interface LoadedSpeakerProfile {
  id: number;
  name: string;
  event: LoadedEvent;
  /** Whether any of its sessions is beyond a draft, i.e. the organizers have seen it. */
  proposed: boolean;
}

export async function loadSpeakerProfile(speakerId: number): Promise<LoadedSpeakerProfile | null> {
  const speaker = await db.speaker.findFirst({
    where: { id: speakerId, deletedAt: null, event: { deletedAt: null } },
    select: {
      id: true,
      name: true,
      event: { select: eventSelect },
      sessions: { where: { session: { deletedAt: null, state: { not: "draft" } } }, select: { sessionId: true }, take: 1 },
    },
  });
  if (!speaker) return null;
  const { event, sessions, ...rest } = speaker;
  return { ...rest, event: withOrganizers(event), proposed: sessions.length > 0 };
}

export async function loadUser(userId: number): Promise<Person | null> {
  return db.user.findFirst({ where: { id: userId, deletedAt: null }, select: personSelect });
}

export interface LoadedRoleInvite {
  id: number;
  email: string;
  roleTitle: string;
  event: { id: number; name: string; identifier: string };
  /** The invitee's account, if the address already has one (it then also gets an in-app notification). */
  user: Person | null;
}

export async function loadRoleInvite(roleInviteId: number): Promise<LoadedRoleInvite | null> {
  const invite = await db.roleInvite.findFirst({
    where: { id: roleInviteId, deletedAt: null, status: "pending", event: { deletedAt: null } },
    select: {
      id: true,
      email: true,
      role: { select: { titleName: true } },
      event: { select: { id: true, name: true, identifier: true } },
    },
  });
  if (!invite) return null;
  const user = await db.user.findFirst({
    where: { email: { equals: invite.email, mode: "insensitive" }, deletedAt: null },
    select: personSelect,
  });
  return { id: invite.id, email: invite.email, roleTitle: invite.role.titleName, event: invite.event, user };
}

export async function loadEventAndUser(
  eventId: number,
  userId: number,
  options: { includeDeleted?: boolean } = {},
): Promise<{ event: LoadedEvent; user: Person } | null> {
  const [event, user] = await Promise.all([loadEvent(eventId, options), loadUser(userId)]);
  return event && user ? { event, user } : null;
}

export function displayName(person: Pick<Person, "firstName" | "lastName" | "email">): string {
  return [person.firstName, person.lastName].filter(Boolean).join(" ") || person.email;
}
