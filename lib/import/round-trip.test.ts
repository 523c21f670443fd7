import { createHash } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { createEvent, createMicrolocation, createSession, createSessionType, createSocialLink, createSpeaker, createSponsor, createTrack, createUser } from "../../prisma/factories";
import { db } from "../db";
import { renderJsonZip } from "../export/render-json-zip";
import { localMediaFetcher } from "../export-jobs/fetch-media";
import { loadExportData } from "../export-jobs/load-export-data";
import { putFile } from "../storage";
import { startImport } from "./start-import";
import { runTask, useTempFileStore } from "./testing";

/*
 * Issue #6, round trip: an event exported as a JSON zip with media and imported again equals
 * the original in every field and relation except ids, identifiers and timestamps. Rows are
 * compared through a normaliser that drops exactly those, maps every relation to natural keys
 * (names, titles) and replaces each media URL by the SHA-256 of the bytes it serves.
 */

const PNG_A = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0d7f1d20000000049454e44ae426082", "hex");
const PNG_B = Buffer.from("89504e470d0a1a0a0000000d4948445200000002000000020806000000f478d4fa0000001149444154789c63f8cf00044c0c0c0c00002c0402ff4a5e9e0c0000000049454e44ae426082", "hex");
const PDF = Buffer.from("%PDF-1.4\n% slides of a talk\n%%EOF\n", "latin1");

beforeAll(() => {
  useTempFileStore();
});

/** Columns that are ids, identifiers, foreign keys (compared as relations) or row timestamps. */
const DROP = new Set(["id", "eventId", "identifier", "createdAt", "updatedAt", "trackId", "microlocationId", "sessionTypeId", "speakerId", "sessionId", "creatorId"]);
const MEDIA = new Set(["originalImageUrl", "largeImageUrl", "thumbnailImageUrl", "iconImageUrl", "logoUrl", "photoUrl", "smallImageUrl", "slidesUrl", "videoUrl", "audioUrl"]);

async function digest(url: string | null): Promise<string | null> {
  if (!url) return url;
  const bytes = await localMediaFetcher().fetchMedia(url);
  return bytes ? `sha256:${createHash("sha256").update(bytes).digest("hex")}` : `unreadable:${url}`;
}

async function plain(row: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (DROP.has(key) || (typeof value === "object" && value !== null && !(value instanceof Date) && key !== "complexFieldValues" && key !== "options")) continue;
    out[key] = MEDIA.has(key) ? await digest(value as string | null) : value;
  }
  return out;
}

const byKey = <T extends Record<string, unknown>>(key: string) => (a: T, b: T) => String(a[key]).localeCompare(String(b[key]));

/** The whole event as comparable data: every scalar column, every relation by natural key. */
async function snapshot(eventId: number) {
  const event = await db.event.findUniqueOrThrow({
    where: { id: eventId },
    include: {
      sessions: { include: { track: true, microlocation: true, sessionType: true, speakers: { include: { speaker: true } } } },
      speakers: true,
      microlocations: true,
      tracks: true,
      sessionTypes: true,
      sponsors: true,
      socialLinks: true,
      customForms: true,
      tickets: true,
      roles: { include: { role: true, user: true } },
      eventType: true,
      eventTopic: true,
      eventSubTopic: true,
    },
  });
  const all = <T extends Record<string, unknown>>(rows: T[], key: string) => Promise.all(rows.map((row) => plain(row))).then((list) => list.sort(byKey(key)));
  return {
    event: await plain(event),
    taxonomy: [event.eventType?.name ?? null, event.eventTopic?.name ?? null, event.eventSubTopic?.name ?? null],
    roles: event.roles.map((role) => `${role.user.email}:${role.role.name}`).sort(),
    sessions: (
      await Promise.all(
        event.sessions.map(async (session) => ({
          ...(await plain(session)),
          track: session.track?.name ?? null,
          microlocation: session.microlocation?.name ?? null,
          sessionType: session.sessionType?.name ?? null,
          speakers: session.speakers.map((link) => link.speaker.name).sort(),
        })),
      )
    ).sort(byKey("title")),
    speakers: await all(event.speakers, "name"),
    microlocations: await all(event.microlocations, "name"),
    tracks: await all(event.tracks, "name"),
    sessionTypes: await all(event.sessionTypes, "name"),
    sponsors: await all(event.sponsors, "name"),
    socialLinks: await all(event.socialLinks, "name"),
    customForms: await all(event.customForms, "fieldIdentifier"),
    tickets: await all(event.tickets, "name"),
  };
}

it("an exported event imports back into an identical event, media included", async () => {
  const owner = await createUser();
  await putFile("test/speaker-a.png", PNG_A, "image/png");
  await putFile("test/sponsor-b.png", PNG_B, "image/png");
  await putFile("test/slides.pdf", PDF, "application/pdf");
  const event = await createEvent({
    owner,
    state: "draft",
    privacy: "private",
    timezone: "America/New_York",
    name: "Round Trip Conf",
    description: "<p>Everything <b>survives</b></p>",
    latitude: 40.7128,
    longitude: -74.006,
    online: true,
    originalImageUrl: "/uploads/test/speaker-a.png",
    logoUrl: "/uploads/test/sponsor-b.png",
    ownerName: "Org",
    ownerDescription: "We organise",
    externalEventUrl: "https://conf.example",
    ticketUrl: "https://tickets.example",
    codeOfConduct: "Be kind",
    schedulePublishedOn: new Date("2030-01-02T03:04:05Z"),
    isSessionsSpeakersEnabled: false,
    isSponsorsEnabled: true,
    searchableLocationName: "New York",
  });
  const roomA = await createMicrolocation({ event, name: "Hall A", floor: 2, room: "A-1", latitude: 1.5, longitude: 2.5, position: 1, hiddenInScheduler: true });
  const roomB = await createMicrolocation({ event, name: "Hall B", position: 0 });
  const track = await createTrack({ event, name: "Web", description: "All things web", color: "#ff0000", position: 3 });
  await createTrack({ event, name: "Empty track", color: "#00ff00" });
  const talk = await createSessionType({ event, name: "Talk", length: "00:45", position: 1 });
  const ada = await createSpeaker({
    event,
    name: "Ada",
    email: "ada@example.test",
    mobile: "+1 555",
    photoUrl: "/uploads/test/speaker-a.png",
    longBiography: "Long bio",
    speakingExperience: "Lots",
    website: "https://ada.example",
    twitter: "https://twitter.com/ada",
    github: "https://github.com/ada",
    linkedin: "https://linkedin.com/in/ada",
    facebook: "https://facebook.com/ada",
    position: "Engineer",
    country: "UK",
    city: "London",
    gender: "female",
    isFeatured: true,
    complexFieldValues: { tshirt: "M", nested: { a: [1, 2] } },
  });
  const bob = await createSpeaker({ event, name: "Bob", photoUrl: "https://cdn.example.org/bob.jpg" });
  await createSpeaker({ event, name: "Carol (no sessions)" });
  await createSession({
    event,
    title: "Keynote",
    subtitle: "The opening",
    longAbstract: "<p>Long</p>",
    comments: "organizer notes",
    level: "Beginner",
    state: "confirmed",
    startsAt: new Date("2030-01-05T14:00:00.250Z"),
    endsAt: new Date("2030-01-05T15:00:00Z"),
    slidesUrl: "/uploads/test/slides.pdf",
    videoUrl: "https://video.example/1",
    signupUrl: "https://signup.example",
    isLocked: true,
    submittedAt: new Date("2029-12-01T10:00:00Z"),
    lastModifiedAt: new Date("2029-12-02T10:00:00Z"),
    complexFieldValues: { answer: "yes" },
    track,
    microlocation: roomA,
    sessionType: talk,
    speakers: [ada, bob],
  });
  await createSession({ event, title: "Unscheduled draft", state: "draft", startsAt: null, endsAt: null, microlocation: roomB, speakers: [bob] });
  await createSponsor({ event, name: "Acme", description: "Rockets", level: 2, logoUrl: "/uploads/test/sponsor-b.png", type: "Gold", position: 4 });
  await createSocialLink({ event, name: "Website", link: "https://conf.example", identifier: "website" });
  await createSocialLink({ event, name: "Twitter", link: "https://twitter.com/conf", identifier: null });
  await db.customForm.createMany({
    data: [
      { eventId: event.id, form: "session", fieldIdentifier: "title", name: "Title", type: "text", isRequired: true, isIncluded: true, isFixed: true, position: 0, isPublic: true },
      { eventId: event.id, form: "speaker", fieldIdentifier: "tshirt", name: "T-shirt", type: "select", isIncluded: true, position: 3, description: "Size", isComplex: true, options: ["S", "M", "L"] },
    ],
  });

  const data = await loadExportData(event.id, { audience: "organizer" });
  const zip = await renderJsonZip(data, { image: true, document: true, video: true, audio: true, fetchMedia: localMediaFetcher().fetchMedia });
  const { taskId } = await startImport({ id: owner.id, email: owner.email, isAdmin: false, isSuperAdmin: false }, { bytes: zip, fileName: "export.zip" });
  const task = await runTask(taskId);
  expect(task.error).toBeNull();
  const result = task.result as { id: number; skipped: string[]; counts: Record<string, number> };
  expect(result.counts).toEqual({ sessions: 2, speakers: 3, microlocations: 2, tracks: 2, session_types: 1, sponsors: 1, social_links: 2, forms: 2, media: 3 });

  const original = await snapshot(event.id);
  const copy = await snapshot(result.id);
  expect(copy).toEqual(original);
  // The media really are files of the new event, not links to the old one's.
  const imported = await db.speaker.findFirstOrThrow({ where: { eventId: result.id, name: "Ada" } });
  expect(imported.photoUrl).toMatch(/^\/uploads\/imports\//);
  // The remote URLs of the original are tried and fail (these hosts do not exist): their links stay.
  expect(result.skipped).toEqual(["2 remote media URL(s) could not be downloaded; their links were kept as they are"]);
  const notDownloaded = (task.result as { not_downloaded: { url: string; reason: string }[] }).not_downloaded;
  expect(notDownloaded.sort((a, b) => a.url.localeCompare(b.url))).toEqual([
    { url: "https://cdn.example.org/bob.jpg", reason: expect.stringMatching(/^could not connect: /) },
    { url: "https://video.example/1", reason: expect.stringMatching(/^could not connect: /) },
  ]);
});
