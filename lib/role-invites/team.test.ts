import { beforeEach, describe, expect, it, vi } from "vitest";
import { addRole, createEvent, createTrack, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getTeam } from "./get-team";

/**
 * The team page's view of track organizers and its track picker, against the real database.
 * Only the signed-in user (next-auth's cookie) and Next's cache revalidation are replaced.
 */
let signedIn: NonNullable<Actor>;
vi.mock("../auth/session", () => ({ requireSessionActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { inviteToTeamAction, setMemberTracksAction } = await import("./actions");

const actorOf = (user: { id: number; email: string }): NonNullable<Actor> => ({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });

beforeEach(() => {
  signedIn = undefined as unknown as NonNullable<Actor>;
});

async function teamWithTrackOrganizer() {
  const owner = await createUser();
  const event = await createEvent({ owner });
  const web = await createTrack({ event, name: "Web", position: 1 });
  const data = await createTrack({ event, name: "Data", position: 2 });
  await createTrack({ event, name: "Gone", position: 3, deletedAt: new Date() });
  const reviewer = await createUser({ firstName: "Rita", lastName: "Reviewer" });
  const entry = await addRole(reviewer, event, "track_organizer", { tracks: [data] });
  return { owner, event, web, data, reviewer, entry };
}

describe("the team of an event with a track organizer", () => {
  it("shows the owner each track organizer's tracks and the live tracks to pick from", async () => {
    const { owner, event, web, data, reviewer, entry } = await teamWithTrackOrganizer();
    const team = await getTeam(actorOf(owner), event.identifier);
    expect(team.tracks).toEqual([{ id: web.id, name: "Web" }, { id: data.id, name: "Data" }]);
    expect(team.members.map(({ roleName, user, tracks }) => ({ roleName, user: user.id, tracks }))).toEqual([
      { roleName: "owner", user: owner.id, tracks: [] },
      { roleName: "track_organizer", user: reviewer.id, tracks: [{ id: data.id, name: "Data" }] },
    ]);
    expect(team.members[1]?.id).toBe(entry.id);
  });

  it("replaces a track organizer's tracks from the picker", async () => {
    const { owner, event, web, data, entry } = await teamWithTrackOrganizer();
    signedIn = actorOf(owner);
    expect(await setMemberTracksAction(entry.id, event.identifier, [web.id, data.id])).toEqual({ ok: true });
    expect(await setMemberTracksAction(entry.id, event.identifier, [web.id])).toEqual({ ok: true });
    const rows = await db.trackAssignment.findMany({ where: { usersEventsRoleId: entry.id }, select: { trackId: true } });
    expect(rows).toEqual([{ trackId: web.id }]);
  });

  it("refuses a track of another event beside the picker, and everyone who does not manage the team", async () => {
    const { owner, event, data, reviewer, entry } = await teamWithTrackOrganizer();
    const foreign = await createTrack({ event: await createEvent() });
    signedIn = actorOf(owner);
    expect(await setMemberTracksAction(entry.id, event.identifier, [foreign.id])).toEqual({
      ok: false,
      fieldErrors: {},
      formError: `Track ${foreign.id} does not belong to this event`,
    });
    signedIn = actorOf(reviewer);
    expect(await setMemberTracksAction(entry.id, event.identifier, [])).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "This event or invite does not exist any more.",
    });
    expect(await db.trackAssignment.findMany({ where: { usersEventsRoleId: entry.id }, select: { trackId: true } })).toEqual([{ trackId: data.id }]);
  });

  it("answers an invite to someone already on the team beside the address, and bad input beside its field", async () => {
    const { owner, event, reviewer } = await teamWithTrackOrganizer();
    signedIn = actorOf(owner);
    expect(await inviteToTeamAction(event.id, event.identifier, { email: reviewer.email, roleName: "track_organizer" })).toEqual({
      ok: false,
      fieldErrors: { email: "This person already is Track Organizer of the event" },
    });
    expect(await inviteToTeamAction(event.id, event.identifier, { email: "not an address", roleName: "owner" })).toEqual({
      ok: false,
      fieldErrors: { email: "Enter a valid email address", roleName: "Role must be one of organizer, coorganizer, track_organizer, moderator, registrar" },
    });
    expect(await inviteToTeamAction(event.id, event.identifier, { email: "new@example.org", roleName: "moderator" })).toEqual({ ok: true });
    expect(await inviteToTeamAction(event.id, event.identifier, { email: "new@example.org", roleName: "moderator" })).toEqual({
      ok: false,
      fieldErrors: { email: "This person already has a pending invite to this role" },
    });
    expect(await db.roleInvite.count({ where: { eventId: event.id } })).toBe(1);
  });
});
