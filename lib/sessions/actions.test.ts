import { beforeEach, describe, expect, it, vi } from "vitest";
import { addRole, createEvent, createSession, createSpeaker, createTrack, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";

/**
 * The dashboard's server actions against the real database. Only the edges that need a browser
 * are replaced: the signed-in user (next-auth's cookie) and Next's cache revalidation.
 */
let signedIn: NonNullable<Actor>;
vi.mock("../auth/session", () => ({ requireSessionActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { bulkSessionStateAction, createSessionAction, setSessionStateAction, updateSessionAction } = await import("./actions");
const { createSpeakerAction, searchSpeakersAction, updateSpeakerAction } = await import("../speakers/actions");

const actorOf = (user: { id: number; email: string; isAdmin: boolean; isSuperAdmin: boolean }): NonNullable<Actor> => ({
  id: user.id,
  email: user.email,
  isAdmin: user.isAdmin,
  isSuperAdmin: user.isSuperAdmin,
});

async function organizerEvent() {
  const owner = actorOf(await createUser());
  const event = await createEvent({ owner });
  signedIn = owner;
  return { owner, event };
}

const states = async (ids: number[]) =>
  Object.fromEntries((await db.session.findMany({ where: { id: { in: ids } }, select: { id: true, state: true } })).map((s) => [s.id, s.state]));

beforeEach(() => {
  signedIn = undefined as unknown as NonNullable<Actor>;
});

describe("bulkSessionStateAction", () => {
  it("accepts the pending sessions and names the one that cannot be accepted, leaving it alone", async () => {
    const { event } = await organizerEvent();
    const a = await createSession({ event, title: "Alpha", state: "pending" });
    const b = await createSession({ event, title: "Bravo", state: "pending" });
    const x = await createSession({ event, title: "X-ray", state: "rejected" });
    const before = await db.session.findUniqueOrThrow({ where: { id: x.id } });

    const result = await bulkSessionStateAction(event.identifier, [a.id, x.id, b.id], "accepted");

    expect(result).toEqual({
      ok: true,
      data: {
        changed: [
          { id: a.id, title: "Alpha" },
          { id: b.id, title: "Bravo" },
        ],
        unchanged: [],
        failed: [{ id: x.id, title: "X-ray", reason: "'X-ray' is rejected" }],
        message: "2 accepted, 1 could not be: 'X-ray' is rejected",
      },
    });
    expect(await states([a.id, b.id, x.id])).toEqual({ [a.id]: "accepted", [b.id]: "accepted", [x.id]: "rejected" });
    // The refused session is untouched, down to its modification time.
    expect(await db.session.findUniqueOrThrow({ where: { id: x.id } })).toEqual(before);
  });

  it("reports sessions already in the state and ids of other events without changing them", async () => {
    const { event } = await organizerEvent();
    const other = await createEvent({ owner: signedIn });
    const done = await createSession({ event, title: "Done", state: "rejected" });
    const open = await createSession({ event, title: "Open", state: "accepted" });
    const foreign = await createSession({ event: other, title: "Elsewhere", state: "pending" });

    const result = await bulkSessionStateAction(event.identifier, [done.id, open.id, foreign.id], "rejected");

    expect(result).toEqual({
      ok: true,
      data: {
        changed: [{ id: open.id, title: "Open" }],
        unchanged: [{ id: done.id, title: "Done" }],
        failed: [{ id: foreign.id, title: null, reason: `session ${foreign.id} is not part of this event` }],
        message: `1 rejected, 1 already rejected, 1 could not be: session ${foreign.id} is not part of this event`,
      },
    });
    expect(await states([done.id, open.id, foreign.id])).toEqual({
      [done.id]: "rejected",
      [open.id]: "rejected",
      [foreign.id]: "pending",
    });
  });

  it("is NOT_FOUND for someone outside the event, and changes nothing", async () => {
    const { event } = await organizerEvent();
    const session = await createSession({ event, state: "pending" });
    signedIn = actorOf(await createUser());
    expect(await bulkSessionStateAction(event.identifier, [session.id], "accepted")).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "This event does not exist or you may not change it.",
    });
    expect(await states([session.id])).toEqual({ [session.id]: "pending" });
  });

  it("refuses a decision other than accept or reject, and an empty selection", async () => {
    const { event } = await organizerEvent();
    const session = await createSession({ event, state: "accepted" });
    expect(await bulkSessionStateAction(event.identifier, [session.id], "confirmed")).toMatchObject({ ok: false });
    expect(await bulkSessionStateAction(event.identifier, [], "accepted")).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Select at least one session",
    });
    expect(await states([session.id])).toEqual({ [session.id]: "accepted" });
  });

  it("lets a track organizer decide on their track's sessions only, since the service allows reviewers to", async () => {
    const { event } = await organizerEvent();
    const [theirs, other] = [await createTrack({ event }), await createTrack({ event })];
    const session = await createSession({ event, title: "Review me", state: "pending", track: theirs });
    const elsewhere = await createSession({ event, title: "Not yours", state: "pending", track: other });
    const reviewer = await createUser();
    await addRole(reviewer, event, "track_organizer", { tracks: [theirs] });
    signedIn = actorOf(reviewer);
    expect(await bulkSessionStateAction(event.identifier, [session.id, elsewhere.id], "accepted")).toEqual({
      ok: true,
      data: {
        changed: [{ id: session.id, title: "Review me" }],
        unchanged: [],
        // Another track's session is reported like an id of another event: nothing about it leaks.
        failed: [{ id: elsewhere.id, title: null, reason: `session ${elsewhere.id} is not part of this event` }],
        message: `1 accepted, 1 could not be: session ${elsewhere.id} is not part of this event`,
      },
    });
    expect(await states([session.id, elsewhere.id])).toEqual({ [session.id]: "accepted", [elsewhere.id]: "pending" });
  });
});

describe("session form actions: errors come back beside the fields", () => {
  it("maps schema errors to their fields", async () => {
    const { event } = await organizerEvent();
    const result = await createSessionAction(event.identifier, { title: " ", slidesUrl: "ftp://x" }, []);
    expect(result).toEqual({
      ok: false,
      fieldErrors: { title: "Title is required", slidesUrl: "Must be an http(s) URL or a path on this site" },
    });
    expect(await db.session.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("maps the service's schedule rule and a foreign track to the form's names", async () => {
    const { event } = await organizerEvent();
    const before = new Date(event.startsAt.getTime() - 60 * 60_000);
    expect(
      await createSessionAction(event.identifier, { title: "Early", startsAt: before, endsAt: event.startsAt }, []),
    ).toEqual({
      ok: false,
      fieldErrors: { startsAt: `Must not be before the event starts (${event.startsAt.toISOString()})` },
    });

    const foreignTrack = await createTrack({ event: await createEvent() });
    expect(await createSessionAction(event.identifier, { title: "Tracked", trackId: foreignTrack.id }, [])).toEqual({
      ok: false,
      fieldErrors: { trackId: "This track does not belong to the event" },
    });
    expect(await db.session.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("creates a session with two speakers; a speaker of another event is refused and leaves no session", async () => {
    const { event } = await organizerEvent();
    const ann = await createSpeaker({ event, name: "Ann" });
    const bob = await createSpeaker({ event, name: "Bob" });
    const created = await createSessionAction(event.identifier, { title: "Duet", state: "pending" }, [ann.id, bob.id]);
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : 0;
    expect(
      (await db.sessionSpeaker.findMany({ where: { sessionId: id }, orderBy: { speakerId: "asc" } })).map((row) => row.speakerId),
    ).toEqual([ann.id, bob.id]);

    const stranger = await createSpeaker({ event: await createEvent(), name: "Stranger" });
    expect(await createSessionAction(event.identifier, { title: "Trio" }, [ann.id, stranger.id])).toEqual({
      ok: false,
      fieldErrors: { speakerIds: `Speaker ${stranger.id} does not belong to this event` },
    });
    expect(await db.session.count({ where: { eventId: event.id, deletedAt: null } })).toBe(1);
  });

  it("lets a speaker propose with their own profile only; another's profile is refused and leaves no session", async () => {
    const { event } = await organizerEvent();
    const speaker = actorOf(await createUser());
    const mine = await createSpeaker({ event, name: "Me", user: speaker });
    // Public (speaks in an accepted session), and still not the speaker's to link.
    const other = await createSpeaker({ event, name: "Other" });
    await createSession({ event, speakers: [other] });
    const sessions = await db.session.count({ where: { eventId: event.id } });
    signedIn = speaker;

    expect(await createSessionAction(event.identifier, { title: "Borrowed", state: "pending" }, [mine.id, other.id])).toEqual({
      ok: false,
      fieldErrors: { speakerIds: "You can only add your own speaker profile; organizers add other speakers" },
    });
    expect(await db.session.count({ where: { eventId: event.id } })).toBe(sessions);

    const created = await createSessionAction(event.identifier, { title: "Mine", state: "pending" }, [mine.id]);
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : 0;
    expect((await db.sessionSpeaker.findMany({ where: { sessionId: id } })).map((row) => row.speakerId)).toEqual([mine.id]);
  });

  it("saves a speaker's edit with its speakers or not at all, and keeps a scheduled session's content to organizers", async () => {
    const { owner, event } = await organizerEvent();
    const speaker = actorOf(await createUser());
    const mine = await createSpeaker({ event, name: "Me", user: speaker });
    const other = await createSpeaker({ event, name: "Other" });
    const draft = await createSession({ event, title: "Draft", state: "draft", speakers: [mine], startsAt: null });
    signedIn = speaker;

    expect(await updateSessionAction(String(draft.id), { title: "Renamed" }, [mine.id, other.id])).toEqual({
      ok: false,
      fieldErrors: { speakerIds: "You can only add your own speaker profile; organizers add other speakers" },
    });
    expect(await db.session.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(draft);
    expect(await updateSessionAction(String(draft.id), { title: "Renamed" }, [mine.id])).toEqual({ ok: true });
    expect((await db.session.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("Renamed");

    const accepted = await createSession({ event, title: "On stage", state: "accepted", speakers: [mine] });
    expect(await updateSessionAction(String(accepted.id), { title: "Renamed" }, [mine.id])).toEqual({
      ok: false,
      fieldErrors: { title: "Only organizers can change title of an accepted session" },
    });
    expect(await updateSessionAction(String(accepted.id), {}, [mine.id, other.id])).toEqual({
      ok: false,
      fieldErrors: { speakerIds: "Only organizers can change the speakers of an accepted session" },
    });
    expect(await db.session.findUniqueOrThrow({ where: { id: accepted.id } })).toEqual(accepted);

    // The organizer puts anyone of the event on it.
    signedIn = owner;
    expect(await updateSessionAction(String(accepted.id), { title: "Renamed" }, [mine.id, other.id])).toEqual({ ok: true });
    expect((await db.sessionSpeaker.findMany({ where: { sessionId: accepted.id }, orderBy: { speakerId: "asc" } })).map((row) => row.speakerId)).toEqual([
      mine.id,
      other.id,
    ]);
  });

  it("never changes the state through the edit form, and reports an impossible transition", async () => {
    const { event } = await organizerEvent();
    const session = await createSession({ event, title: "Stay", state: "pending" });
    expect(await updateSessionAction(String(session.id), { title: "Renamed", state: "confirmed" })).toEqual({ ok: true });
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ title: "Renamed", state: "pending" });

    expect(await setSessionStateAction(String(session.id), "confirmed")).toEqual({
      ok: false,
      fieldErrors: { state: "Cannot change a session from pending to confirmed" },
    });
    expect(await setSessionStateAction(String(session.id), "accepted")).toEqual({ ok: true, data: { state: "accepted" } });
  });

  it("saves the paths /v1/upload/files answers for slides, video and audio, and refuses other schemes and hosts beside the field", async () => {
    const { event } = await organizerEvent();
    const session = await createSession({ event, title: "Talk", state: "pending", slidesUrl: "https://slides.example/old.pdf" });
    const uploaded = {
      slidesUrl: "/uploads/files/0b9f3f5e-8c1a-4e55-9d3c-2f1a7c5b6d10/talk.pdf",
      videoUrl: "/uploads/files/6f2d1c4b-3a5e-4f7d-8b9c-0e1f2a3b4c5d/recording.mp4",
      audioUrl: "https://media.example/podcast.mp3",
    };
    expect(await updateSessionAction(String(session.id), { title: "Talk", ...uploaded })).toEqual({ ok: true });
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { slidesUrl: true, videoUrl: true, audioUrl: true } })).toEqual(uploaded);

    const before = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(
      await updateSessionAction(String(session.id), {
        title: "Talk",
        slidesUrl: "javascript:alert(document.cookie)",
        videoUrl: "//evil.example/v.mp4",
        audioUrl: "/\\evil.example/a.mp3",
      }),
    ).toEqual({
      ok: false,
      fieldErrors: {
        slidesUrl: "Must be an http(s) URL or a path on this site",
        videoUrl: "Must be an http(s) URL or a path on this site",
        audioUrl: "Must be an http(s) URL or a path on this site",
      },
    });
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id } })).toEqual(before);
  });

  it("answers a session the user may not see like a missing one", async () => {
    const { event } = await organizerEvent();
    const session = await createSession({ event, state: "pending" });
    signedIn = actorOf(await createUser());
    const notFound = { ok: false, fieldErrors: {}, formError: "This session does not exist or you may not change it." };
    expect(await setSessionStateAction(String(session.id), "accepted")).toEqual(notFound);
    expect(await updateSessionAction(String(session.id), { title: "Hijacked" })).toEqual(notFound);
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ state: session.state, title: session.title });
  });
});

describe("speaker actions", () => {
  it("creates a speaker inline and finds them by name or email", async () => {
    const { event } = await organizerEvent();
    expect(await createSpeakerAction(event.identifier, { name: "", email: "nope" })).toEqual({
      ok: false,
      fieldErrors: { name: "Name is required", email: "Must be an email address" },
    });
    const created = await createSpeakerAction(event.identifier, { name: "Grace Hopper", email: "grace@example.org" });
    expect(created).toEqual({
      ok: true,
      data: { id: expect.any(Number), name: "Grace Hopper", email: "grace@example.org", organisation: null },
    });
    expect(await searchSpeakersAction(event.identifier, "GRACE@")).toMatchObject({ ok: true, data: [{ name: "Grace Hopper" }] });
  });

  it("answers what only organizers may change of a speaker's own profile beside its field", async () => {
    const { event } = await organizerEvent();
    const me = actorOf(await createUser());
    const someoneElse = await createUser();
    const profile = await createSpeaker({ event, name: "Ada", user: me });
    signedIn = me;
    expect(await updateSpeakerAction(String(profile.id), { name: "Ada", isFeatured: true })).toEqual({
      ok: false,
      fieldErrors: { isFeatured: "Only organizers can change is-featured" },
    });
    // The account link is a relationship; the form names it by its key.
    expect(await updateSpeakerAction(String(profile.id), { name: "Ada", userId: someoneElse.id })).toEqual({
      ok: false,
      fieldErrors: { userId: "Only organizers can change user" },
    });
    expect(await updateSpeakerAction(String(profile.id), { name: "Ada L." })).toEqual({ ok: true });
    expect(await db.speaker.findUniqueOrThrow({ where: { id: profile.id } })).toMatchObject({ name: "Ada L.", isFeatured: false, userId: me.id });
  });

  it("does not let a non-organizer search speakers (their emails are private)", async () => {
    const { event } = await organizerEvent();
    const speaker = await createSpeaker({ event, name: "Public Person", email: "hidden@example.org" });
    await createSession({ event: { ...event }, speakers: [speaker], state: "accepted" });
    await db.event.update({ where: { id: event.id }, data: { schedulePublishedOn: new Date() } });
    signedIn = actorOf(await createUser());
    expect(await searchSpeakersAction(event.identifier, "hidden@")).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "This event does not exist or you may not change it.",
    });
  });
});
