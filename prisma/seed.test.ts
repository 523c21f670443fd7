import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/db";
import { verifyPassword } from "../lib/auth/password";
import { seedIfEmpty } from "./seed";
import { renderImages } from "./seed/images";
import { MESSAGE_ACTIONS } from "./seed/settings";

/** Row counts of every table the seed writes, to prove a second run changes nothing. */
async function counts() {
  const [users, events, roles, topics, subTopics, types, sizes, settings, rooms, tracks, sessionTypes, speakers, sessions, links, sponsors, social, tickets] =
    await Promise.all([
      db.user.count(),
      db.event.count(),
      db.usersEventsRoles.count(),
      db.eventTopic.count(),
      db.eventSubTopic.count(),
      db.eventType.count(),
      db.imageSizes.count(),
      db.messageSettings.count(),
      db.microlocation.count(),
      db.track.count(),
      db.sessionType.count(),
      db.speaker.count(),
      db.session.count(),
      db.sessionSpeaker.count(),
      db.sponsor.count(),
      db.socialLink.count(),
      db.ticket.count(),
    ]);
  return { users, events, roles, topics, subTopics, types, sizes, settings, rooms, tracks, sessionTypes, speakers, sessions, links, sponsors, social, tickets };
}

describe("seedIfEmpty", () => {
  let seeded: boolean;
  beforeAll(async () => {
    seeded = await seedIfEmpty();
  });

  it("seeds an empty database with the expected rows", async () => {
    expect(seeded).toBe(true);
    const c = await counts();
    expect(c).toMatchObject({ users: 3, events: 1, roles: 1, sizes: 2, settings: MESSAGE_ACTIONS.length, tracks: 4, sessionTypes: 3, speakers: 30, sessions: 40 });
    expect(c.rooms).toBeGreaterThanOrEqual(4);
    expect(c.topics).toBeGreaterThanOrEqual(6);
    expect(c.subTopics).toBeGreaterThan(c.topics);
    expect(c.types).toBeGreaterThanOrEqual(4);
    expect(c.sponsors).toBeGreaterThan(0);
    expect(c.social).toBeGreaterThan(0);
  });

  it("creates the development users, verified, with the development password", async () => {
    const users = await db.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.isAdmin, u.isSuperAdmin, u.isVerified])).toEqual([
      ["admin@example.com", true, true, true],
      ["organizer@example.com", false, false, true],
      ["speaker@example.com", false, false, true],
    ]);
    for (const user of users) expect(await verifyPassword("open-event-dev", user.passwordHash)).toBe(true);
    expect(await verifyPassword("wrong", users[0]!.passwordHash)).toBe(false);
  });

  it("creates one published demo event owned by the organizer, in Singapore time", async () => {
    const event = await db.event.findFirstOrThrow({
      include: { roles: { include: { user: true, role: true } }, eventTopic: true, eventSubTopic: true, eventType: true },
    });
    expect(event).toMatchObject({
      identifier: "ots2027",
      name: "Open Tech Summit 2027",
      timezone: "Asia/Singapore",
      state: "published",
      privacy: "public",
      email: "info@opentech.example",
      startsAt: new Date("2027-03-11T01:00:00Z"),
      endsAt: new Date("2027-03-12T10:00:00Z"),
    });
    expect(event.latitude).toBeCloseTo(1.32, 2);
    expect(event.longitude).toBeCloseTo(103.89, 2);
    expect(event.roles.map((r) => [r.user.email, r.role.name])).toEqual([["organizer@example.com", "owner"]]);
    expect([event.eventTopic?.slug, event.eventSubTopic?.slug, event.eventType?.slug]).toEqual(["science-technology", "open-source", "conference"]);
  });

  it("gives the demo event a public call for speakers, open from October 2026 until the event starts", async () => {
    const call = await db.speakersCall.findFirstOrThrow({ include: { event: { select: { identifier: true, startsAt: true } } } });
    expect(call).toMatchObject({
      event: { identifier: "ots2027" },
      privacy: "public",
      startsAt: new Date("2026-09-30T16:00:00Z"),
      softEndsAt: new Date("2027-01-31T15:59:00Z"),
      endsAt: call.event.startsAt,
    });
    expect(call.announcement).toContain("31 January 2027");
    expect(await db.speakersCall.count()).toBe(1);
  });

  it("creates sessions in every state, scheduled without overlaps inside the event's two days", async () => {
    const event = await db.event.findFirstOrThrow();
    const sessions = await db.session.findMany({ include: { speakers: true, microlocation: true, sessionType: true } });
    const states = new Set(sessions.map((s) => s.state));
    for (const state of ["accepted", "confirmed", "pending", "rejected", "draft"] as const) expect(states).toContain(state);
    const visible = sessions.filter((s) => s.state === "accepted" || s.state === "confirmed");
    expect(visible.length).toBeGreaterThan(sessions.length / 2);

    const scheduled = sessions.filter((s) => s.startsAt);
    // Every accepted/confirmed session is in the programme; the others wait unscheduled.
    expect(scheduled.map((s) => s.id).sort()).toEqual(visible.map((s) => s.id).sort());
    for (const s of sessions.filter((s) => !s.startsAt)) {
      expect([s.endsAt, s.microlocationId]).toEqual([null, null]);
      expect(["pending", "draft", "rejected"]).toContain(s.state);
    }
    for (const s of scheduled) {
      expect(s.microlocationId).not.toBeNull();
      expect(s.startsAt!.getTime()).toBeGreaterThanOrEqual(event.startsAt.getTime());
      expect(s.endsAt!.getTime()).toBeLessThanOrEqual(event.endsAt.getTime());
      const [h, m] = s.sessionType!.length.split(":").map(Number);
      expect(s.endsAt!.getTime() - s.startsAt!.getTime()).toBe(((h ?? 0) * 60 + (m ?? 0)) * 60_000);
    }
    // Map.groupBy needs Node 21; the machines run Node 20.
    const byRoom = new Map<number | null, typeof scheduled>();
    for (const s of scheduled) byRoom.set(s.microlocationId, [...(byRoom.get(s.microlocationId) ?? []), s]);
    for (const inRoom of byRoom.values()) {
      const sorted = inRoom.sort((a, b) => a.startsAt!.getTime() - b.startsAt!.getTime());
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.startsAt!.getTime()).toBeGreaterThanOrEqual(sorted[i - 1]!.endsAt!.getTime());
    }
    // Both days have a programme.
    expect(new Set(scheduled.map((s) => s.startsAt!.toISOString().slice(0, 10)))).toEqual(new Set(["2027-03-11", "2027-03-12"]));
  });

  it("links speakers to sessions many-to-many and the speaker user to one speaker with an upcoming accepted session", async () => {
    const speakers = await db.speaker.findMany({ include: { sessions: { include: { session: true } } } });
    expect(speakers.every((s) => s.sessions.length > 0)).toBe(true);
    expect(speakers.filter((s) => s.sessions.length > 1).length).toBeGreaterThan(1);
    expect(new Set(speakers.map((s) => s.email)).size).toBe(30);
    for (const s of speakers.filter((s) => s.email !== "speaker@example.com")) expect(s.email).toMatch(/^[a-z]+\.[a-z]+@speakers\.example$/);
    expect(speakers.every((s) => s.mobile && s.shortBiography && s.organisation && s.photoUrl)).toBe(true);

    const multiSpeaker = await db.session.findMany({ where: { speakers: { some: {} } }, include: { _count: { select: { speakers: true } } } });
    expect(multiSpeaker.length).toBe(40);
    expect(multiSpeaker.filter((s) => s._count.speakers > 1).length).toBeGreaterThan(1);

    const user = await db.user.findUniqueOrThrow({ where: { email: "speaker@example.com" }, include: { speakers: { include: { sessions: { include: { session: true } } } }, roles: true } });
    expect(user.speakers).toHaveLength(1);
    expect(user.roles).toEqual([]);
    const accepted = user.speakers[0]!.sessions.map((l) => l.session).filter((s) => s.state === "accepted" && s.startsAt && s.startsAt > new Date());
    expect(accepted.length).toBeGreaterThan(0);
  });

  it("creates rooms, tracks, session types, sponsors and tickets the way the brief describes", async () => {
    const rooms = await db.microlocation.findMany({ orderBy: { position: "asc" } });
    expect(rooms.every((r) => r.latitude !== null && r.longitude !== null && r.position > 0)).toBe(true);
    expect(new Set(rooms.map((r) => r.position)).size).toBe(rooms.length);
    const tracks = await db.track.findMany();
    expect(tracks.every((t) => /^#[0-9a-f]{6}$/.test(t.color))).toBe(true);
    expect(new Set(tracks.map((t) => t.color)).size).toBe(4);
    const types = await db.sessionType.findMany({ orderBy: { position: "asc" } });
    expect(types.map((t) => [t.name, t.length])).toEqual([
      ["Talk", "00:30"],
      ["Workshop", "01:30"],
      ["Lightning Talk", "00:10"],
    ]);
    const sponsors = await db.sponsor.findMany();
    expect(new Set(sponsors.map((s) => s.level)).size).toBeGreaterThan(1);
    expect(sponsors.every((s) => s.logoUrl)).toBe(true);
    const tickets = await db.ticket.findMany();
    expect(new Set(tickets.map((t) => t.type))).toEqual(new Set(["free", "paid", "donation"]));
    expect(tickets.filter((t) => t.isHidden)).toHaveLength(1);
    expect(tickets.filter((t) => t.type === "paid").every((t) => t.price.greaterThan(0))).toBe(true);
  });

  it("stores Open Event's image sizes and enables every message setting", async () => {
    const sizes = await db.imageSizes.findMany({ orderBy: { type: "asc" } });
    expect(sizes.map(({ id: _id, updatedAt: _updatedAt, ...size }) => size)).toEqual([
      {
        type: "event",
        fullWidth: 1300, fullHeight: 500, fullAspect: true, fullQuality: 80,
        iconWidth: 75, iconHeight: 30, iconAspect: true, iconQuality: 80,
        thumbnailWidth: 500, thumbnailHeight: 200, thumbnailAspect: true, thumbnailQuality: 80,
        smallWidth: null, smallHeight: null, smallAspect: true, smallQuality: null,
      },
      {
        type: "speaker",
        fullWidth: null, fullHeight: null, fullAspect: true, fullQuality: null,
        iconWidth: 35, iconHeight: 35, iconAspect: true, iconQuality: 80,
        thumbnailWidth: 100, thumbnailHeight: 100, thumbnailAspect: true, thumbnailQuality: 80,
        smallWidth: 50, smallHeight: 50, smallAspect: true, smallQuality: 80,
      },
    ]);
    const settings = await db.messageSettings.findMany({ orderBy: { action: "asc" } });
    expect(settings.map((s) => [s.action, s.mailEnabled, s.notificationEnabled])).toEqual(
      [...MESSAGE_ACTIONS].sort().map((action) => [action, true, true]),
    );
  });

  it("points every image URL at a file under public/ that matches the seed data", async () => {
    const [users, events, topics, speakers, sponsors] = await Promise.all([
      db.user.findMany(),
      db.event.findMany(),
      db.eventTopic.findMany(),
      db.speaker.findMany(),
      db.sponsor.findMany(),
    ]);
    const urls = [
      ...users.map((u) => u.avatarUrl),
      ...events.flatMap((e) => [e.originalImageUrl, e.largeImageUrl, e.thumbnailImageUrl, e.iconImageUrl, e.logoUrl]),
      ...topics.map((t) => t.systemImageUrl),
      ...speakers.flatMap((s) => [s.photoUrl, s.thumbnailImageUrl, s.smallImageUrl, s.iconImageUrl]),
      ...sponsors.map((s) => s.logoUrl),
    ];
    expect(urls.length).toBeGreaterThan(100);
    for (const url of urls) {
      expect(url).toMatch(/^\/images\/[a-z0-9/-]+\.svg$/);
      expect(fs.existsSync(path.join("public", url!)), `${url} exists under public/`).toBe(true);
    }
    // The checked-in files are what the generator renders (run prisma/seed/generate-images.ts).
    for (const [url, content] of renderImages()) expect(fs.readFileSync(path.join("public", url), "utf8"), url).toBe(content);
  });

  it("does nothing the second time", async () => {
    const before = await counts();
    const event = await db.event.findFirstOrThrow();
    expect(await seedIfEmpty()).toBe(false);
    expect(await counts()).toEqual(before);
    expect(await db.event.findFirstOrThrow()).toEqual(event);
  });
});
