/**
 * Seeds an empty database with reference data (topics, event types, image sizes, message
 * settings), development accounts and one published demo event with an open call for speakers. `npm run dev`, `npm start` and
 * `npm run db:seed` call `seedIfEmpty()` after migrating; `npx tsx prisma/seed.ts` runs it too.
 *
 * Everything is written in one transaction, so a crash half-way leaves the database empty and the
 * next start seeds again. The data is fixed (no randomness, no "now"), so every seed is the same.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { db, type Tx } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import { defaultFormRows } from "../lib/custom-forms/fields";
import type { Prisma } from "../lib/generated/prisma/client";
import {
  DEMO_EVENT,
  DEMO_SPEAKERS_CALL,
  DEMO_TIMEZONE,
  ROOMS,
  SESSIONS,
  SESSION_TYPES,
  SOCIAL_LINKS,
  SPEAKERS,
  SPONSORS,
  TICKETS,
  TICKET_SALES,
  TRACKS,
  avatarUrl,
  personSlug,
  scheduleSessions,
  speakerEmail,
  sponsorLogoUrl,
} from "./seed/demo-event";
import { FOOTER_PAGES, IMAGE_SIZES, MESSAGE_ACTIONS, PLATFORM_SETTINGS } from "./seed/settings";
import { EVENT_TYPES, TOPICS, slugify, topicImageUrl } from "./seed/taxonomy";
import { DEV_PASSWORD, DEV_USERS } from "./seed/users";

/** Serialises concurrent seeders (two app instances starting on one empty database). */
const SEED_LOCK = 7_243_001;
/** Seeding takes well under a second; the margin is for slow CI disks. */
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 30_000 };

type PasswordHashes = Map<string, string>;

/** bcrypt is deliberately slow, so hashing happens before the transaction opens. */
async function hashDevPasswords(): Promise<PasswordHashes> {
  const hashes = await Promise.all(DEV_USERS.map(() => hashPassword(DEV_PASSWORD)));
  return new Map(DEV_USERS.map((user, i) => [user.email, hashes[i] ?? ""]));
}

/** Seeds when the database has no users; answers whether it seeded. */
export async function seedIfEmpty(): Promise<boolean> {
  // A cheap check first, so that every restart of a seeded installation skips the hashing.
  if (await db.user.findFirst({ select: { id: true } })) return false;
  const hashes = await hashDevPasswords();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
    if (await tx.user.findFirst({ select: { id: true } })) return false;
    await writeSeed(tx, hashes);
    return true;
  }, TRANSACTION_OPTIONS);
}

/** Seeds unconditionally; fails (and writes nothing) when any seeded row already exists. */
export async function seed(): Promise<void> {
  const hashes = await hashDevPasswords();
  await db.$transaction((tx) => writeSeed(tx, hashes), TRANSACTION_OPTIONS);
}

function must<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to unknown ${what} "${key}"`);
  return value;
}

async function writeSeed(tx: Tx, hashes: PasswordHashes): Promise<void> {
  const users = await tx.user.createManyAndReturn({
    data: DEV_USERS.map((user) => ({
      email: user.email,
      passwordHash: must(hashes, user.email, "user"),
      firstName: user.firstName,
      lastName: user.lastName,
      details: user.details,
      avatarUrl: avatarUrl(`${user.firstName} ${user.lastName}`),
      isAdmin: user.isAdmin,
      isSuperAdmin: user.isSuperAdmin,
      isVerified: true,
    })),
    select: { id: true, email: true },
  });
  const userIds = new Map(users.map((u) => [u.email, u.id]));
  const userIdByKey = new Map(DEV_USERS.map((u) => [u.key, must(userIds, u.email, "user")]));

  const { topicId, subTopicId, typeId } = await writeTaxonomy(tx);
  await tx.imageSizes.createMany({ data: IMAGE_SIZES });
  await tx.setting.create({ data: PLATFORM_SETTINGS });
  await tx.page.createMany({ data: FOOTER_PAGES });
  await tx.messageSettings.createMany({
    data: MESSAGE_ACTIONS.map((action) => ({ action, mailEnabled: true, notificationEnabled: true })),
  });

  const organizerId = must(userIdByKey, "organizer", "user");
  const owner = await tx.role.findUniqueOrThrow({ where: { name: "owner" }, select: { id: true } });
  const event = await tx.event.create({
    data: {
      identifier: DEMO_EVENT.identifier,
      name: DEMO_EVENT.name,
      startsAt: DEMO_EVENT.startsAt.toJSDate(),
      endsAt: DEMO_EVENT.endsAt.toJSDate(),
      timezone: DEMO_TIMEZONE,
      locationName: DEMO_EVENT.locationName,
      searchableLocationName: DEMO_EVENT.searchableLocationName,
      latitude: DEMO_EVENT.latitude,
      longitude: DEMO_EVENT.longitude,
      online: false,
      description: DEMO_EVENT.description,
      // SVG scales to every derived size, so one file serves them all.
      originalImageUrl: DEMO_EVENT.imageUrl,
      largeImageUrl: DEMO_EVENT.imageUrl,
      thumbnailImageUrl: DEMO_EVENT.imageUrl,
      iconImageUrl: DEMO_EVENT.imageUrl,
      logoUrl: DEMO_EVENT.logoUrl,
      ownerName: DEMO_EVENT.ownerName,
      ownerDescription: DEMO_EVENT.ownerDescription,
      hasOwnerInfo: true,
      externalEventUrl: DEMO_EVENT.externalEventUrl,
      ticketUrl: DEMO_EVENT.ticketUrl,
      paymentCurrency: DEMO_EVENT.paymentCurrency,
      codeOfConduct: DEMO_EVENT.codeOfConduct,
      privacy: "public",
      state: "published",
      eventTypeId: must(typeId, DEMO_EVENT.typeSlug, "event type"),
      eventTopicId: must(topicId, DEMO_EVENT.topicSlug, "event topic"),
      eventSubTopicId: must(subTopicId, `${DEMO_EVENT.topicSlug}/${DEMO_EVENT.subTopicSlug}`, "event sub-topic"),
      schedulePublishedOn: DEMO_EVENT.schedulePublishedOn.toJSDate(),
      isSessionsSpeakersEnabled: true,
      isSponsorsEnabled: true,
      email: DEMO_EVENT.email,
      creatorId: organizerId,
      roles: { create: [{ userId: organizerId, roleId: owner.id }] },
      // The default session and speaker fields, as every event the app creates has them.
      customForms: { createMany: { data: defaultFormRows(DEMO_EVENT.formIncludes) } },
      speakersCall: {
        create: {
          announcement: DEMO_SPEAKERS_CALL.announcement,
          startsAt: DEMO_SPEAKERS_CALL.startsAt.toJSDate(),
          softEndsAt: DEMO_SPEAKERS_CALL.softEndsAt.toJSDate(),
          endsAt: DEMO_SPEAKERS_CALL.endsAt.toJSDate(),
          privacy: "public",
          hash: DEMO_SPEAKERS_CALL.hash,
        },
      },
    },
    select: { id: true },
  });
  const eventId = event.id;

  const rooms = await tx.microlocation.createManyAndReturn({
    data: ROOMS.map((room, i) => ({
      eventId,
      name: room.name,
      floor: room.floor,
      room: room.room,
      latitude: room.latitude,
      longitude: room.longitude,
      position: i + 1,
    })),
    select: { id: true, name: true },
  });
  const roomIdByName = new Map(rooms.map((r) => [r.name, r.id]));
  const roomId = new Map(ROOMS.map((r) => [r.key, must(roomIdByName, r.name, "room")]));

  const tracks = await tx.track.createManyAndReturn({
    data: TRACKS.map((track, i) => ({ eventId, name: track.name, description: track.description, color: track.color, position: i + 1 })),
    select: { id: true, name: true },
  });
  const trackIdByName = new Map(tracks.map((t) => [t.name, t.id]));
  const trackId = new Map(TRACKS.map((t) => [t.key, must(trackIdByName, t.name, "track")]));

  const types = await tx.sessionType.createManyAndReturn({
    data: SESSION_TYPES.map((type, i) => ({ eventId, name: type.name, length: type.length, position: i + 1 })),
    select: { id: true, name: true },
  });
  const typeIdByName = new Map(types.map((t) => [t.name, t.id]));
  const sessionTypeId = new Map(SESSION_TYPES.map((t) => [t.key, must(typeIdByName, t.name, "session type")]));

  const speakers = await tx.speaker.createManyAndReturn({
    data: SPEAKERS.map((speaker, i) => speakerRow(speaker, i, eventId, speaker.userKey ? userIdByKey.get(speaker.userKey) : undefined)),
    select: { id: true, email: true },
  });
  const speakerIdByEmail = new Map(speakers.map((s) => [s.email ?? "", s.id]));
  const speakerId = (index: number) => {
    const speaker = SPEAKERS[index];
    if (!speaker) throw new Error(`Seed session refers to unknown speaker #${index}`);
    return must(speakerIdByEmail, speakerEmail(speaker), "speaker");
  };

  const slots = scheduleSessions();
  const submittedFrom = DateTime.fromISO("2026-10-01T10:00", { zone: DEMO_TIMEZONE });
  const speakerUserId = userIdByKey.get("speaker");
  const sessions = await tx.session.createManyAndReturn({
    data: SESSIONS.map((session, i): Prisma.SessionCreateManyInput => {
      const slot = slots.get(session.key);
      // Submissions spread over the call for papers, roughly one every 37 hours.
      const submittedAt = submittedFrom.plus({ hours: i * 37 });
      const creatorIsSpeakerUser = session.speakers[0] !== undefined && SPEAKERS[session.speakers[0]]?.userKey === "speaker";
      return {
        eventId,
        title: session.title,
        subtitle: session.subtitle ?? null,
        shortAbstract: session.shortAbstract,
        longAbstract: longAbstract(session.shortAbstract, session.track, session.level),
        comments: session.state === "rejected" ? "Thank you for submitting; the programme was full this year." : null,
        language: "English",
        level: session.level,
        state: session.state,
        startsAt: slot?.startsAt.toJSDate() ?? null,
        endsAt: slot?.endsAt.toJSDate() ?? null,
        trackId: must(trackId, session.track, "track"),
        microlocationId: slot ? must(roomId, slot.room, "room") : null,
        sessionTypeId: must(sessionTypeId, session.type, "session type"),
        submittedAt: session.state === "draft" ? null : submittedAt.toJSDate(),
        lastModifiedAt: submittedAt.plus({ days: 3 }).toJSDate(),
        creatorId: creatorIsSpeakerUser ? (speakerUserId ?? null) : null,
      };
    }),
    select: { id: true, title: true },
  });
  const sessionIdByTitle = new Map(sessions.map((s) => [s.title, s.id]));
  await tx.sessionSpeaker.createMany({
    data: SESSIONS.flatMap((session) =>
      session.speakers.map((index) => ({
        sessionId: must(sessionIdByTitle, session.title, "session"),
        speakerId: speakerId(index),
      })),
    ),
  });

  await tx.sponsor.createMany({
    data: SPONSORS.map((sponsor, i) => ({
      eventId,
      name: sponsor.name,
      description: sponsor.description,
      url: sponsor.url,
      level: sponsor.level,
      type: sponsor.type,
      logoUrl: sponsorLogoUrl(sponsor),
      position: i + 1,
    })),
  });
  await tx.socialLink.createMany({ data: SOCIAL_LINKS.map((link) => ({ eventId, ...link })) });
  await tx.ticket.createMany({
    data: TICKETS.map((ticket, i) => ({
      eventId,
      ...ticket,
      salesStartsAt: TICKET_SALES.startsAt.toJSDate(),
      salesEndsAt: TICKET_SALES.endsAt.toJSDate(),
      position: i + 1,
    })),
  });
}

async function writeTaxonomy(tx: Tx) {
  const topics = await tx.eventTopic.createManyAndReturn({
    data: TOPICS.map((topic) => ({ name: topic.name, slug: topic.slug, systemImageUrl: topicImageUrl(topic) })),
    select: { id: true, slug: true },
  });
  const topicId = new Map(topics.map((t) => [t.slug, t.id]));
  const subTopics = await tx.eventSubTopic.createManyAndReturn({
    data: TOPICS.flatMap((topic) =>
      topic.subTopics.map((name) => ({ name, slug: slugify(name), eventTopicId: must(topicId, topic.slug, "event topic") })),
    ),
    select: { id: true, slug: true, eventTopicId: true },
  });
  const slugOfTopic = new Map(topics.map((t) => [t.id, t.slug]));
  const subTopicId = new Map(subTopics.map((s) => [`${slugOfTopic.get(s.eventTopicId)}/${s.slug}`, s.id]));
  const types = await tx.eventType.createManyAndReturn({ data: EVENT_TYPES, select: { id: true, slug: true } });
  const typeId = new Map(types.map((t) => [t.slug, t.id]));
  return { topicId, subTopicId, typeId };
}

const EXPERIENCE = [
  "Has spoken at many international conferences and meetups.",
  "Regular speaker at regional meetups; first time at Open Tech Summit.",
  "Gives talks and workshops a few times a year.",
  "First conference talk.",
];

function speakerRow(speaker: (typeof SPEAKERS)[number], index: number, eventId: number, userId: number | undefined): Prisma.SpeakerCreateManyInput {
  const slug = personSlug(speaker.name);
  const photo = avatarUrl(speaker.name);
  // Fictional numbers in a fixed pattern, so they are stable and obviously not real.
  const mobile = `+65 8${String(100 + index).padStart(3, "0")} ${String(4000 + index * 37).slice(-4)}`;
  return {
    eventId,
    name: speaker.name,
    email: speakerEmail(speaker),
    photoUrl: photo,
    thumbnailImageUrl: photo,
    smallImageUrl: photo,
    iconImageUrl: photo,
    shortBiography: `${speaker.name} is ${speaker.position} at ${speaker.organisation}, working on ${speaker.focus}.`,
    longBiography: [
      `${speaker.name} is ${speaker.position} at ${speaker.organisation} in ${speaker.city}, ${speaker.country}.`,
      `Their work centres on ${speaker.focus}, and they contribute to several open source projects in that space. Outside work they mentor newcomers and help organise local meetups.`,
    ].join("\n\n"),
    speakingExperience: EXPERIENCE[index % EXPERIENCE.length] ?? null,
    mobile,
    website: `https://${slug.replace(".", "-")}.example`,
    twitter: `https://twitter.example/${slug.replace(".", "_")}`,
    github: `https://git.example/${slug.replace(".", "-")}`,
    linkedin: null,
    organisation: speaker.organisation,
    position: speaker.position,
    country: speaker.country,
    city: speaker.city,
    gender: speaker.gender,
    isFeatured: speaker.isFeatured ?? false,
    userId: userId ?? null,
  };
}

const TRACK_CONTEXT: Record<(typeof SESSIONS)[number]["track"], string> = {
  osc: "The session is part of the Open Source & Community track and leaves time for questions from maintainers and first-time contributors alike.",
  ai: "The session is part of the AI & Data track; slides and code are published under an open licence after the event.",
  web: "The session is part of the Web & Cloud track; all examples use open source tools you can run yourself.",
  hw: "The session is part of the Hardware & IoT track; schematics and firmware are open hardware and open source.",
};

function longAbstract(short: string, track: keyof typeof TRACK_CONTEXT, level: string): string {
  return [short, TRACK_CONTEXT[track], `Level: ${level}.`].join("\n\n");
}

// `npx tsx prisma/seed.ts`: seeds the database in DATABASE_URL, or the embedded one.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { prepareDatabase } = await import("../lib/db/bootstrap");
  const { disconnectDb } = await import("../lib/db");
  const { server } = await prepareDatabase();
  try {
    console.log((await seedIfEmpty()) ? "Seeded demo data." : "The database already has data; nothing seeded.");
  } finally {
    await disconnectDb();
    await server?.stop();
  }
}
