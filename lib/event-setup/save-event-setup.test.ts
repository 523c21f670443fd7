import { beforeEach, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import {
  addRole,
  createEvent,
  createMicrolocation,
  createSession,
  createSessionType,
  createTrack,
  createUser,
} from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { DocumentValidationError } from "../jsonapi/errors";
import { getEventSetup } from "./get-event-setup";
import { saveEventSetup } from "./save-event-setup";
import { eventSetupSchema, type EventSetupInput } from "./schemas";

const actorOf = (user: { id: number; email: string; isAdmin: boolean; isSuperAdmin: boolean }): NonNullable<Actor> => ({
  id: user.id,
  email: user.email,
  isAdmin: user.isAdmin,
  isSuperAdmin: user.isSuperAdmin,
});

/** The setup page's action: only the signed-in user (next-auth's cookie) and Next's cache are replaced. */
let signedIn: Actor = null;
vi.mock("../auth/session", () => ({ requireSessionActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { saveEventSetupAction } = await import("./actions");

beforeEach(() => {
  signedIn = null;
});

/** Every row of the three tables (all events, deleted ones too), to prove nothing changed. */
async function snapshot() {
  const orderBy = { id: "asc" } as const;
  return {
    tracks: await db.track.findMany({ orderBy }),
    microlocations: await db.microlocation.findMany({ orderBy }),
    sessionTypes: await db.sessionType.findMany({ orderBy }),
  };
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the save to fail");
    },
    (error: unknown) => error,
  );
}

/** An event with two of each, owned by a fresh organizer. */
async function setupEvent() {
  const owner = actorOf(await createUser());
  const event = await createEvent({ owner });
  const keynotes = await createTrack({ event, name: "Keynotes", color: "#111111", position: 1 });
  const web = await createTrack({ event, name: "Web", color: "#222222", description: "Browsers", position: 2 });
  const hallA = await createMicrolocation({ event, name: "Hall A", floor: 1, room: "A1", position: 1 });
  const hallB = await createMicrolocation({ event, name: "Hall B", floor: 2, room: null, position: 2 });
  const talk = await createSessionType({ event, name: "Talk", length: "00:30", position: 1 });
  const workshop = await createSessionType({ event, name: "Workshop", length: "01:30", position: 2 });
  return { owner, event, keynotes, web, hallA, hallB, talk, workshop };
}

describe("saveEventSetup", () => {
  it("adds, renames, reorders and deletes all three lists in one save", async () => {
    const { owner, event, keynotes, web, hallA, hallB, talk, workshop } = await setupEvent();
    const untouched = await createTrack({ event: await createEvent(), name: "Other event's track" });

    const saved = await saveEventSetup(owner, event.identifier, {
      tracks: [
        { id: web.id, name: "Web & Cloud", color: "#2563EB", description: "Browsers and servers" },
        { name: "Hardware", color: "#ea580c", description: "" },
        { id: keynotes.id, name: "Keynotes", color: "#111111", description: null },
      ],
      microlocations: [{ id: hallB.id, name: "Hall B", floor: "3", room: " B2 " }],
      sessionTypes: [
        { id: workshop.id, name: "Workshop", length: "01:30" },
        { id: talk.id, name: "Talk", length: "00:45" },
        { name: "Lightning", length: "00:05" },
      ],
    });

    const hardware = saved.tracks[1];
    const lightning = saved.sessionTypes[2];
    expect(saved).toEqual({
      tracks: [
        { id: web.id, name: "Web & Cloud", color: "#2563eb", description: "Browsers and servers", position: 1, sessionCount: 0 },
        { id: hardware?.id, name: "Hardware", color: "#ea580c", description: null, position: 2, sessionCount: 0 },
        { id: keynotes.id, name: "Keynotes", color: "#111111", description: null, position: 3, sessionCount: 0 },
      ],
      microlocations: [{ id: hallB.id, name: "Hall B", floor: 3, room: "B2", position: 1, sessionCount: 0 }],
      sessionTypes: [
        { id: workshop.id, name: "Workshop", length: "01:30", position: 1, sessionCount: 0 },
        { id: talk.id, name: "Talk", length: "00:45", position: 2, sessionCount: 0 },
        { id: lightning?.id, name: "Lightning", length: "00:05", position: 3, sessionCount: 0 },
      ],
    });
    expect(hardware?.id).toBeGreaterThan(untouched.id);

    // Removed rows are soft-deleted, not gone; the other event's row is untouched.
    const hallARow = await db.microlocation.findUniqueOrThrow({ where: { id: hallA.id } });
    expect(hallARow.deletedAt).toBeInstanceOf(Date);
    expect(await db.track.findUniqueOrThrow({ where: { id: untouched.id } })).toEqual(untouched);
    // What the page loads afterwards is what the save returned.
    expect((await getEventSetup(owner, event.id)).setup).toEqual(saved);
  });

  it("changes nothing when one entry among valid changes is invalid, and points at it", async () => {
    const { owner, event, keynotes, web, hallA, hallB, talk } = await setupEvent();
    const before = await snapshot();
    const input: EventSetupInput = {
      tracks: [
        { id: web.id, name: "Renamed", color: "#333333", description: "" },
        { id: keynotes.id, name: "Keynotes", color: "#111111", description: "" },
        { name: "New track", color: "#444444", description: "" },
      ],
      microlocations: [
        { id: hallB.id, name: "Hall B", floor: 2, room: "" },
        { id: hallA.id, name: "Hall A2", floor: 1, room: "A1" },
        { name: "Foyer", floor: "", room: "" },
      ],
      // The workshop is dropped, the talk renamed, and the new type has minutes ≥ 60.
      sessionTypes: [
        { id: talk.id, name: "Short talk", length: "00:20" },
        { name: "Panel", length: "00:75" },
      ],
    };
    const error = await thrown(saveEventSetup(owner, event.id, input));
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ["sessionTypes", 1, "length"], message: "Minutes must be below 60" },
    ]);
    expect(await snapshot()).toEqual(before);

    // The same document without the bad entry goes through.
    const saved = await saveEventSetup(owner, event.id, {
      ...input,
      sessionTypes: [{ id: talk.id, name: "Short talk", length: "00:20" }],
    });
    expect(saved.tracks.map((track) => track.name)).toEqual(["Renamed", "Keynotes", "New track"]);
  });

  it("accepts a length typed as H:MM and stores it as HH:MM, like the API", async () => {
    const { owner, event, talk, workshop } = await setupEvent();
    const saved = await saveEventSetup(owner, event.id, {
      tracks: [],
      microlocations: [],
      sessionTypes: [
        { id: talk.id, name: "Talk", length: "0:45" },
        { id: workshop.id, name: "Workshop", length: " 2:00 " },
        { name: "Keynote", length: "10:15" },
      ],
    });
    expect(saved.sessionTypes.map(({ name, length }) => ({ name, length }))).toEqual([
      { name: "Talk", length: "00:45" },
      { name: "Workshop", length: "02:00" },
      { name: "Keynote", length: "10:15" },
    ]);
    const stored = await db.sessionType.findMany({ where: { eventId: event.id, deletedAt: null }, orderBy: { position: "asc" }, select: { length: true } });
    expect(stored).toEqual([{ length: "00:45" }, { length: "02:00" }, { length: "10:15" }]);
  });

  it("points at every bad-input rule of the shared schema", () => {
    const result = eventSetupSchema.safeParse({
      tracks: [
        { name: "Web", color: "#123456" },
        { name: " web ", color: "blue" },
        { name: "", color: "#123456" },
      ],
      microlocations: [
        { id: 7, name: "Hall", floor: "1.5" },
        { id: 7, name: "Hall 2", floor: 1000 },
      ],
      sessionTypes: [
        { name: "Talk", length: "00:00" },
        { name: "Long", length: "1:3" },
        { name: "TALK", length: "00:30" },
      ],
    });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map(({ path, message }) => [path.join("."), message]);
    expect(issues).toEqual([
      ["tracks.1.color", "Color must look like #1a2b3c"],
      ["tracks.2.name", "Track name is required"],
      ["microlocations.0.floor", "Floor must be a whole number between -99 and 999"],
      ["microlocations.1.floor", "Floor must be between -99 and 999"],
      ["sessionTypes.0.length", "Length must be longer than 00:00"],
      ["sessionTypes.1.length", "Length must be HH:MM, e.g. 00:45"],
      ["tracks.1.name", "Another track is already called 'web'"],
      ["microlocations.1.id", "This room is listed twice"],
      ["sessionTypes.2.name", "Another session type is already called 'TALK'"],
    ]);
  });

  it("refuses to delete a room that sessions use, naming it and the count", async () => {
    const { owner, event, hallA, hallB, keynotes, web, talk, workshop } = await setupEvent();
    for (let i = 0; i < 3; i++) await createSession({ event, microlocation: hallA });
    // Deleted and other rooms' sessions do not count.
    await createSession({ event, microlocation: hallA, deletedAt: new Date() });
    await createSession({ event, microlocation: hallB, track: web });
    const before = await snapshot();

    const error = await thrown(
      saveEventSetup(owner, event.id, {
        tracks: [{ id: keynotes.id, name: "Keynotes", color: "#111111" }],
        microlocations: [{ id: hallB.id, name: "Hall B renamed", floor: 2 }],
        sessionTypes: [
          { id: talk.id, name: "Talk", length: "00:30" },
          { id: workshop.id, name: "Workshop", length: "01:30" },
        ],
      }),
    );
    expect(error).toBeInstanceOf(DocumentValidationError);
    expect((error as DocumentValidationError).issues).toEqual([
      { field: "tracks", detail: "Track 'Web' is used by 1 session" },
      { field: "microlocations", detail: "Room 'Hall A' is used by 3 sessions" },
    ]);
    expect(await snapshot()).toEqual(before);
    expect((await getEventSetup(owner, event.id)).setup.microlocations.map((room) => [room.name, room.sessionCount])).toEqual([
      ["Hall A", 3],
      ["Hall B", 1],
    ]);
  });

  it("answers NOT_FOUND to another event's organizer and to roles without content.manage", async () => {
    const { event, keynotes } = await setupEvent();
    const stranger = actorOf(await createUser());
    await createEvent({ owner: stranger });
    const moderator = actorOf(await createUser());
    await addRole(moderator, event, "moderator");
    const before = await snapshot();
    const input = { tracks: [{ id: keynotes.id, name: "Taken over", color: "#000000" }], microlocations: [], sessionTypes: [] };
    for (const actor of [stranger, moderator, null]) {
      const error = await thrown(saveEventSetup(actor, event.identifier, input));
      expect(error).toBeInstanceOf(AppError);
      expect([(error as AppError).code, (error as AppError).detail]).toEqual(["NOT_FOUND", "Event not found"]);
      await expect(getEventSetup(actor, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await snapshot()).toEqual(before);

    // A co-organizer may.
    const coorganizer = actorOf(await createUser());
    await addRole(coorganizer, event, "coorganizer");
    const saved = await saveEventSetup(coorganizer, event.id, { ...input, tracks: [{ ...input.tracks[0]!, name: "Co-edited" }] });
    expect(saved.tracks.map((track) => track.name)).toEqual(["Co-edited"]);
  });

  it("rejects ids of other events and of deleted rows without changing anything", async () => {
    const { owner, event, keynotes, hallA, hallB, talk } = await setupEvent();
    const other = await createEvent({ owner });
    const foreignRoom = await createMicrolocation({ event: other, name: "Their hall" });
    const deletedType = await createSessionType({ event, name: "Old", deletedAt: new Date() });
    const before = await snapshot();

    const error = await thrown(
      saveEventSetup(owner, event.id, {
        tracks: [{ id: keynotes.id, name: "Keynotes", color: "#111111" }],
        microlocations: [
          { id: hallA.id, name: "Hall A", floor: 1 },
          { id: hallB.id, name: "Hall B", floor: 2 },
          { id: foreignRoom.id, name: "Stolen hall" },
        ],
        sessionTypes: [
          { id: talk.id, name: "Talk", length: "00:30" },
          { id: deletedType.id, name: "Revived", length: "00:30" },
        ],
      }),
    );
    expect(error).toBeInstanceOf(DocumentValidationError);
    expect((error as DocumentValidationError).issues).toEqual([
      { field: ["microlocations", 2, "id"], detail: "This room does not belong to the event" },
      { field: ["sessionTypes", 1, "id"], detail: "This session type does not belong to the event" },
    ]);
    expect(await snapshot()).toEqual(before);
    expect((await db.microlocation.findUniqueOrThrow({ where: { id: foreignRoom.id } })).name).toBe("Their hall");
  });

  it("rolls back the writes already made when a later statement fails", async () => {
    const { owner, event, web, keynotes } = await setupEvent();
    const before = await snapshot();
    // A CHECK constraint cannot come from input (the schema refuses first), so a trigger that
    // fails on the first inserted session type stands in for any failure mid-transaction.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION fail_insert() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql;
      `);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_insert BEFORE INSERT ON "SessionType" FOR EACH ROW EXECUTE FUNCTION fail_insert()`);
    try {
      await expect(
        saveEventSetup(owner, event.id, {
          tracks: [
            { id: keynotes.id, name: "Renamed", color: "#111111" },
            { id: web.id, name: "Web", color: "#222222" },
          ],
          microlocations: [],
          sessionTypes: [{ name: "New", length: "00:30" }],
        }),
      ).rejects.toThrow(/boom/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_insert ON "SessionType"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_insert()`);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("saveEventSetupAction", () => {
  it("answers every refusal beside its entry or its list, bad input beside its field, and a foreign event as not found", async () => {
    const { owner, event, keynotes, web, hallA, hallB, talk } = await setupEvent();
    await createSession({ event, track: web });
    const foreignRoom = await createMicrolocation({ event: await createEvent(), name: "Their hall" });
    const before = await snapshot();
    signedIn = owner;

    const lists = {
      tracks: [{ id: keynotes.id, name: "Keynotes", color: "#111111" }],
      microlocations: [
        { id: hallA.id, name: "Hall A", floor: 1 },
        { id: hallB.id, name: "Hall B", floor: 2 },
        { id: foreignRoom.id, name: "Stolen hall" },
      ],
      sessionTypes: [{ id: talk.id, name: "Talk", length: "00:30" }],
    };
    expect(await saveEventSetupAction(event.identifier, lists)).toEqual({
      ok: false,
      fieldErrors: {
        "microlocations.2.id": "This room does not belong to the event",
        tracks: "Track 'Web' is used by 1 session",
      },
    });
    expect(await saveEventSetupAction(event.identifier, { ...lists, tracks: [{ id: keynotes.id, name: " ", color: "#111111" }] })).toEqual({
      ok: false,
      fieldErrors: { "tracks.0.name": "Track name is required" },
    });
    signedIn = actorOf(await createUser());
    expect(await saveEventSetupAction(event.identifier, lists)).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "This event does not exist or you may not change it.",
    });
    expect(await snapshot()).toEqual(before);
  });
});
