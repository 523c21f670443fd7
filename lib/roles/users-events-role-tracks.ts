import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { DocumentValidationError } from "../jsonapi/errors";
import { TRACK_SCOPED_ROLES } from "../permissions";
import type { TrackLinkageInput } from "./schemas";
import { getUsersEventsRole } from "./users-events-roles";

/**
 * The `tracks` relationship of a team member's role (`/v1/users-events-roles/{id}/relationships/
 * tracks`): which tracks a track organizer organizes, and so which sessions they see and decide
 * on (lib/sessions/scope.ts). Those who manage the event's roles read and change it; for everyone
 * else the row does not exist (404). Only live tracks of the role's own event can be named.
 */

export type LinkageMode = "replace" | "add" | "remove";

/** The live tracks a role row names, in the event's track order. */
async function assignedTrackIds(entryId: number): Promise<number[]> {
  const rows = await db.trackAssignment.findMany({
    where: { usersEventsRoleId: entryId, track: { deletedAt: null } },
    orderBy: [{ track: { position: "asc" } }, { trackId: "asc" }],
    select: { trackId: true },
  });
  return rows.map((row) => row.trackId);
}

export async function getRoleTrackIds(actor: Actor, id: string): Promise<{ entryId: number; trackIds: number[] }> {
  const entry = await getUsersEventsRole(actor, id);
  return { entryId: entry.id, trackIds: await assignedTrackIds(entry.id) };
}

export async function changeRoleTracks(
  actor: Actor,
  id: string,
  mode: LinkageMode,
  input: TrackLinkageInput,
): Promise<{ entryId: number; trackIds: number[] }> {
  const entry = await getUsersEventsRole(actor, id);
  if (!TRACK_SCOPED_ROLES.includes(entry.role.name)) {
    throw new AppError("UNPROCESSABLE", `Only track organizers organize tracks, not ${entry.role.name}`, { pointer: "/data" });
  }
  const ids = [...new Set(input.data.map((item) => item.id))];
  const found = new Set(
    (await db.track.findMany({ where: { id: { in: ids }, eventId: entry.eventId, deletedAt: null }, select: { id: true } })).map((track) => track.id),
  );
  const issues = input.data.flatMap((item, index) =>
    found.has(item.id) ? [] : [{ detail: `Track ${item.id} does not belong to this event`, pointer: `/data/${index}/id` }],
  );
  if (issues.length) throw new DocumentValidationError(issues);

  await db.$transaction(async (tx) => {
    if (mode === "replace") await tx.trackAssignment.deleteMany({ where: { usersEventsRoleId: entry.id, trackId: { notIn: ids } } });
    if (mode === "remove") await tx.trackAssignment.deleteMany({ where: { usersEventsRoleId: entry.id, trackId: { in: ids } } });
    else {
      await tx.trackAssignment.createMany({
        data: ids.map((trackId) => ({ usersEventsRoleId: entry.id, eventId: entry.eventId, trackId })),
        skipDuplicates: true,
      });
    }
  });
  return { entryId: entry.id, trackIds: await assignedTrackIds(entry.id) };
}
