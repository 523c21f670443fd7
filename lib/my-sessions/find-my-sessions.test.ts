import { describe, expect, it } from "vitest";
import { createEvent, createMicrolocation, createSession, createSessionType, createSpeaker, createTrack, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { findMySessions, getMySession } from "./find-my-sessions";
import { formatSessionTime } from "./format";

const actorOf = (user: { id: number; email: string }): NonNullable<Actor> => ({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });

const NOW = new Date("2031-03-05T12:00:00Z");
const event = (timezone = "Asia/Tokyo") =>
  createEvent({ timezone, startsAt: new Date("2031-03-04T00:00:00Z"), endsAt: new Date("2031-03-07T09:00:00Z") });

describe("findMySessions", () => {
  it("splits the user's sessions at now by their end (or start), across events, unscheduled under upcoming", async () => {
    const user = await createUser();
    const other = await createUser();
    const tokyo = await event();
    const berlin = await event("Europe/Berlin");
    const me = await createSpeaker({ event: tokyo, user, name: "Me" });
    const meInBerlin = await createSpeaker({ event: berlin, user, name: "Me too" });
    const colleague = await createSpeaker({ event: tokyo, name: "A Colleague", email: "colleague@example.test" });
    const stranger = await createSpeaker({ event: tokyo, user: other });

    const at = (iso: string) => new Date(iso);
    // Ends one minute after now: still upcoming (it is not over).
    const running = await createSession({ event: tokyo, title: "Running", startsAt: at("2031-03-05T11:00:00Z"), endsAt: at("2031-03-05T12:01:00Z"), speakers: [me, colleague] });
    const later = await createSession({ event: berlin, title: "Later", startsAt: at("2031-03-06T09:00:00Z"), endsAt: at("2031-03-06T10:00:00Z"), speakers: [meInBerlin] });
    const done = await createSession({ event: tokyo, title: "Done", startsAt: at("2031-03-04T02:00:00Z"), endsAt: at("2031-03-04T03:00:00Z"), speakers: [me] });
    const justDone = await createSession({ event: tokyo, title: "Just done", startsAt: at("2031-03-05T10:00:00Z"), endsAt: at("2031-03-05T11:59:00Z"), speakers: [me] });
    // A start and no end (imported data): the start decides.
    const startOnly = await createSession({ event: tokyo, title: "Start only", startsAt: at("2031-03-05T11:00:00Z"), endsAt: null, speakers: [me] });
    const proposal = await createSession({ event: tokyo, title: "Proposal", state: "pending", startsAt: null, speakers: [me] });
    // Created by the user without a speaker profile: theirs too.
    const created = await createSession({ event: berlin, title: "Created", state: "draft", startsAt: null, creatorId: user.id });
    // Not theirs, and deleted ones.
    await createSession({ event: tokyo, title: "Someone else's", speakers: [stranger] });
    await createSession({ event: tokyo, title: "Deleted", speakers: [me], deletedAt: new Date() });

    const { upcoming, past } = await findMySessions(actorOf(user), NOW);
    expect(upcoming.map((s) => s.id)).toEqual([running.id, later.id, created.id, proposal.id]);
    expect(past.map((s) => s.id)).toEqual([justDone.id, startOnly.id, done.id]);

    expect(upcoming[0]).toEqual({
      id: running.id,
      title: "Running",
      state: "accepted",
      startsAt: running.startsAt,
      endsAt: running.endsAt,
      event: { identifier: tokyo.identifier, name: tokyo.name, timezone: "Asia/Tokyo" },
      track: null,
      sessionType: null,
      microlocation: null,
      speakers: [
        { id: colleague.id, name: "A Colleague" },
        { id: me.id, name: "Me" },
      ],
    });

    expect(await findMySessions(actorOf(await createUser()), NOW)).toEqual({ upcoming: [], past: [] });
  });

  it("refuses anonymous callers", async () => {
    await expect(findMySessions(null)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("getMySession", () => {
  it("shows one's own session with type, track, room and slides, in the event's zone", async () => {
    const user = await createUser();
    const tokyo = await event();
    const me = await createSpeaker({ event: tokyo, user, name: "Me" });
    const track = await createTrack({ event: tokyo, name: "Web", color: "#16a34a" });
    const type = await createSessionType({ event: tokyo, name: "Talk", length: "00:45" });
    const room = await createMicrolocation({ event: tokyo, name: "Hall A" });
    const session = await createSession({
      event: tokyo,
      title: "Late talk",
      longAbstract: "All about it.",
      slidesUrl: "https://slides.example.test/late.pdf",
      // 23:30–00:15 in Tokyo: the date is the 5th there although it is still the 5th 14:30 UTC.
      startsAt: new Date("2031-03-05T14:30:00Z"),
      endsAt: new Date("2031-03-05T15:15:00Z"),
      speakers: [me],
      track,
      sessionType: type,
      microlocation: room,
    });
    const detail = await getMySession(actorOf(user), String(session.id));
    expect(detail).toMatchObject({
      title: "Late talk",
      longAbstract: "All about it.",
      slidesUrl: "https://slides.example.test/late.pdf",
      track: { name: "Web", color: "#16a34a" },
      sessionType: { name: "Talk" },
      microlocation: { name: "Hall A" },
      speakers: [{ id: me.id, name: "Me" }],
    });
    expect(formatSessionTime(detail, detail.event.timezone)).toBe(
      "Wed, 5 Mar 2031, 23:30 – Thu, 6 Mar 2031, 00:15 (Asia/Tokyo (GMT+9))",
    );
    expect(formatSessionTime({ startsAt: null, endsAt: null }, "Asia/Tokyo")).toBe("Not scheduled yet");

    // A deleted track no longer shows.
    await db.track.update({ where: { id: track.id }, data: { deletedAt: new Date() } });
    expect((await getMySession(actorOf(user), session.id)).track).toBeNull();
  });

  it("is NOT_FOUND for someone else's session, a missing one and a malformed id", async () => {
    const owner = await createUser();
    const tokyo = await event();
    const session = await createSession({ event: tokyo, speakers: [await createSpeaker({ event: tokyo, user: owner })] });
    const intruder = actorOf(await createUser());
    for (const id of [String(session.id), "999999", "abc"]) {
      const error = await getMySession(intruder, id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
  });
});
