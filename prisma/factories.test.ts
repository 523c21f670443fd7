import { describe, expect, it } from "vitest";
import { db, queryCount } from "../lib/db";
import { verifyPassword } from "../lib/auth/password";
import {
  DEFAULT_PASSWORD,
  addRole,
  createEvent,
  createEventSubTopic,
  createEventTopic,
  createEventType,
  createMicrolocation,
  createSession,
  createSessionType,
  createSocialLink,
  createSpeaker,
  createSponsor,
  createTicket,
  createTrack,
  createUser,
} from "./factories";

describe("factories", () => {
  it("create users with unique emails and a usable password", async () => {
    const a = await createUser();
    const b = await createUser({ password: "s3cret-pass", isAdmin: true, firstName: "Bea" });
    expect(a.email).not.toBe(b.email);
    expect(a.password).toBe(DEFAULT_PASSWORD);
    expect(await verifyPassword(DEFAULT_PASSWORD, a.passwordHash)).toBe(true);
    expect(await verifyPassword("s3cret-pass", b.passwordHash)).toBe(true);
    expect(b).toMatchObject({ isAdmin: true, isVerified: true, firstName: "Bea", password: "s3cret-pass" });
    const { password: _password, ...row } = b;
    expect(await db.user.findUniqueOrThrow({ where: { id: b.id } })).toEqual(row);
  });

  it("create an event with its owner role and consistent children", async () => {
    const owner = await createUser();
    const topic = await createEventTopic();
    const [subTopic, type] = await Promise.all([createEventSubTopic({ topic }), createEventType()]);
    const event = await createEvent({ owner, eventTopicId: topic.id, eventSubTopicId: subTopic.id, eventTypeId: type.id });
    expect(event).toMatchObject({ state: "published", privacy: "public", timezone: "Asia/Singapore", creatorId: owner.id });
    expect(event.endsAt.getTime()).toBeGreaterThan(event.startsAt.getTime());
    expect(event.startsAt.getTime()).toBeGreaterThan(Date.now());

    const roles = await db.usersEventsRoles.findMany({ where: { eventId: event.id }, include: { role: true } });
    expect(roles.map((r) => [r.userId, r.role.name])).toEqual([[owner.id, "owner"]]);
    const moderator = await createUser();
    await addRole(moderator, event, "moderator");
    expect(await db.usersEventsRoles.count({ where: { eventId: event.id, userId: moderator.id, role: { name: "moderator" } } })).toBe(1);
    const reviewed = await createTrack({ event });
    const reviewer = await addRole(await createUser(), event, "track_organizer", { tracks: [reviewed] });
    expect(await db.trackAssignment.findMany({ where: { usersEventsRoleId: reviewer.id }, select: { trackId: true, eventId: true } })).toEqual([
      { trackId: reviewed.id, eventId: event.id },
    ]);
    await expect(addRole(moderator, event, "registrar", { tracks: [reviewed] })).rejects.toThrow("Only track organizers have tracks, not registrar");

    const other = await createEvent({ state: "draft", timezone: "Europe/Berlin" });
    expect(other).toMatchObject({ state: "draft", timezone: "Europe/Berlin", creatorId: null });
    expect(other.identifier).not.toBe(event.identifier);
    expect(await db.usersEventsRoles.count({ where: { eventId: other.id } })).toBe(0);

    const [room, track, workshop, speakerA, speakerB] = await Promise.all([
      createMicrolocation({ event, name: "Hall A" }),
      createTrack({ event, color: "#ff0000" }),
      createSessionType({ event, name: "Workshop", length: "01:30" }),
      createSpeaker({ event, user: owner }),
      createSpeaker({ event }),
    ]);
    expect(speakerA).toMatchObject({ eventId: event.id, userId: owner.id });

    const session = await createSession({ event, speakers: [speakerA, speakerB], track, microlocation: room, sessionType: workshop });
    expect(session).toMatchObject({
      eventId: event.id,
      state: "accepted",
      trackId: track.id,
      microlocationId: room.id,
      sessionTypeId: workshop.id,
      startsAt: event.startsAt,
      endsAt: new Date(event.startsAt.getTime() + 90 * 60_000),
    });
    const links = await db.sessionSpeaker.findMany({ where: { sessionId: session.id }, orderBy: { speakerId: "asc" } });
    expect(links.map((l) => l.speakerId)).toEqual([speakerA.id, speakerB.id].sort((x, y) => x - y));

    const unscheduled = await createSession({ event, state: "pending", startsAt: null });
    expect(unscheduled).toMatchObject({ state: "pending", startsAt: null, endsAt: null, microlocationId: null });

    const [sponsor, link, ticket] = await Promise.all([
      createSponsor({ event, level: 2 }),
      createSocialLink({ event, name: "GitHub", identifier: "github", link: "https://git.example/x" }),
      createTicket({ event, type: "paid", price: "25.50", isHidden: true }),
    ]);
    expect([sponsor.eventId, link.eventId, ticket.eventId]).toEqual([event.id, event.id, event.id]);
    expect(sponsor.level).toBe(2);
    expect(ticket).toMatchObject({ type: "paid", isHidden: true });
    expect(ticket.price.toString()).toBe("25.5");
    expect(ticket.salesEndsAt.getTime()).toBeGreaterThan(ticket.salesStartsAt.getTime());
  });

  it("work inside a transaction and roll back with it", async () => {
    const before = await db.event.count();
    await expect(
      db.$transaction(async (tx) => {
        const user = await createUser({}, tx);
        await createEvent({ owner: user }, tx);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await db.event.count()).toBe(before);
  });

  it("send one statement per simple row", async () => {
    const event = await createEvent();
    const start = queryCount();
    await createTrack({ event });
    await createSpeaker({ event });
    await createSession({ event });
    expect(queryCount() - start).toBe(3);
  });
});
