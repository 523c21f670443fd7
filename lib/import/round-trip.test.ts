import { createHash } from "node:crypto";
import JSZip from "jszip";
import sharp from "sharp";
import { beforeAll, expect, it } from "vitest";
import {
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
  createTrack,
  createUser,
} from "../../prisma/factories";
import { refreshPublicAnswers } from "../custom-forms/public-answers";
import { db } from "../db";
import { renderJsonZip } from "../export/render-json-zip";
import { localMediaFetcher } from "../export-jobs/fetch-media";
import { loadExportData } from "../export-jobs/load-export-data";
import { putFile } from "../storage";
import { sanitizeFile } from "../uploads/sanitize-file";
import { startImport } from "./start-import";
import { runTask, useTempFileStore } from "./testing";

/*
 * Issue #6, round trip: an event exported as a JSON zip with media and imported again equals
 * the original in every field and relation except ids, identifiers and timestamps. Rows are
 * compared through a normaliser that drops exactly those, maps every relation to natural keys
 * (names, titles) and replaces each media URL by the SHA-256 of the bytes it serves.
 *
 * An import stores images the way an upload does: decoded and encoded again without their
 * metadata (lib/uploads/sanitize-file.ts). So the first import's images are compared with the
 * exact bytes that path makes of the original's, every other file with its own bytes; and a
 * second generation (export of the import, imported again) must then be byte for byte the first.
 * That holds for PNG, whose encoding is lossless and deterministic; a JPEG would be encoded
 * again at each generation (lossy), so its bytes would drift.
 */

let PNG_A: Buffer;
let PNG_B: Buffer;
let PNG_C: Buffer;
const PDF = Buffer.from("%PDF-1.4\n% slides of a talk\n%%EOF\n", "latin1");

beforeAll(async () => {
  useTempFileStore();
  const png = (width: number, height: number, background: string) => sharp({ create: { width, height, channels: 4, background } }).png().toBuffer();
  [PNG_A, PNG_B, PNG_C] = await Promise.all([png(3, 2, "#ff000080"), png(2, 2, "#00ff00ff"), png(1, 1, "#0000ffff")]);
});

/** Columns that are ids, identifiers, foreign keys (compared as relations) or row timestamps. */
const DROP = new Set(["id", "eventId", "identifier", "createdAt", "updatedAt", "trackId", "microlocationId", "sessionTypeId", "speakerId", "sessionId", "creatorId"]);
const MEDIA = new Set(["originalImageUrl", "largeImageUrl", "thumbnailImageUrl", "iconImageUrl", "logoUrl", "photoUrl", "smallImageUrl", "slidesUrl", "videoUrl", "audioUrl"]);
/** Object-valued columns compared as values (a form field's options: their values in order). */
const JSON_COLUMNS = new Set(["complexFieldValues", "publicFieldValues", "options"]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>');

/**
 * Media are compared "as stored", or "as imported": the bytes an import stores for them (an image
 * as the upload path encodes it again, anything else as it is).
 */
type Media = "as stored" | "as imported";

async function bytesDigest(bytes: Uint8Array, media: Media): Promise<string> {
  const compared = media === "as imported" ? ((await sanitizeFile(bytes, {}))?.bytes ?? bytes) : bytes;
  return createHash("sha256").update(compared).digest("hex");
}

async function digest(url: string | null, media: Media): Promise<string | null> {
  if (!url) return url;
  const bytes = await localMediaFetcher().fetchMedia(url);
  return bytes ? `sha256:${await bytesDigest(bytes, media)}` : `unreadable:${url}`;
}

async function plain(row: Record<string, unknown>, media: Media = "as stored"): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (DROP.has(key) || (typeof value === "object" && value !== null && !(value instanceof Date) && !JSON_COLUMNS.has(key))) continue;
    out[key] = MEDIA.has(key) ? await digest(value as string | null, media) : value;
  }
  return out;
}

/** By a natural key; rows that share it (two tracks named alike) by all their columns. */
const byKey = <T extends Record<string, unknown>>(key: string) => (a: T, b: T) =>
  String(a[key]).localeCompare(String(b[key])) || JSON.stringify(a).localeCompare(JSON.stringify(b));
const taxonomyOf = (row: { name: string; slug: string } | null) => (row ? { name: row.name, slug: row.slug } : null);

/** The whole event as comparable data: every scalar column, every relation by natural key. */
async function snapshot(eventId: number, media: Media = "as stored") {
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
      customForms: { include: { options: { orderBy: { position: "asc" } } } },
      tickets: true,
      roles: { include: { role: true, user: true } },
      eventType: true,
      eventTopic: true,
      eventSubTopic: true,
    },
  });
  const all = <T extends Record<string, unknown>>(rows: T[], key: string) => Promise.all(rows.map((row) => plain(row, media))).then((list) => list.sort(byKey(key)));
  return {
    event: await plain(event, media),
    taxonomy: { type: taxonomyOf(event.eventType), topic: taxonomyOf(event.eventTopic), subTopic: taxonomyOf(event.eventSubTopic) },
    roles: event.roles.map((role) => `${role.user.email}:${role.role.name}`).sort(),
    sessions: (
      await Promise.all(
        event.sessions.map(async (session) => ({
          ...(await plain(session, media)),
          // The whole row each reference points at: names alone would not tell two tracks named alike apart.
          track: session.track ? await plain(session.track) : null,
          microlocation: session.microlocation ? await plain(session.microlocation) : null,
          sessionType: session.sessionType ? await plain(session.sessionType) : null,
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
    customForms: await all(
      event.customForms.map((field) => ({ ...field, options: field.options.map((option) => option.value) })),
      "fieldIdentifier",
    ),
    tickets: await all(event.tickets, "name"),
  };
}

type Doc = Record<string, unknown>;

/**
 * The files of a JSON zip as one comparable document. Ids are replaced by each row's place in its
 * file (references, back-references and media paths included), so that two backups of equal
 * events are equal; media files are compared by their bytes.
 */
async function zipDocument(bytes: Uint8Array, media: Media = "as stored"): Promise<Record<string, unknown>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => JSON.parse(await zip.file(name)!.async("string")) as unknown;
  const lists: Record<string, Doc[]> = {};
  for (const name of ["microlocations", "sessions", "speakers", "sponsors", "tracks", "session_types", "social_links", "forms"]) lists[name] = (await read(name)) as Doc[];
  const place = (file: string) => new Map(lists[file]!.map((row, index) => [row.id, `${file}#${index}`]));
  const places = Object.fromEntries(Object.keys(lists).map((file) => [file, place(file)]));
  const ref = (file: string, value: unknown) => (value && typeof value === "object" ? { ...(value as Doc), id: places[file]!.get((value as Doc).id) ?? "dangling" } : value);
  const paths: [RegExp, string][] = [
    [/^\/(images\/speakers)\/(\d+)/, "speakers"],
    [/^\/(images\/sponsors)\/(\d+)/, "sponsors"],
    [/^\/(documents|videos|audio)\/session_(\d+)/, "sessions"],
  ];
  const mediaPath = (value: unknown) => {
    if (typeof value !== "string") return value;
    for (const [pattern, file] of paths) {
      const match = pattern.exec(value);
      if (match) return value.replace(pattern, `/${match[1]}/${places[file]!.get(Number(match[2])) ?? "dangling"}`);
    }
    return value;
  };
  const mapRow = (file: string, row: Doc) => {
    const out: Doc = {};
    for (const [key, value] of Object.entries(row)) {
      if (key === "id") out.id = places[file]!.get(value);
      else if (key === "track") out.track = ref("tracks", value);
      else if (key === "microlocation") out.microlocation = ref("microlocations", value);
      else if (key === "session_type") out.session_type = ref("session_types", value);
      else if (key === "speakers") out.speakers = (value as Doc[]).map((item) => ref("speakers", item));
      else if (key === "sessions") out.sessions = (value as Doc[]).map((item) => ref("sessions", item));
      else out[key] = /_url$/.test(key) ? mediaPath(value) : value;
    }
    return out;
  };
  const { id: _id, identifier: _identifier, ...event } = (await read("event")) as Doc;
  const { exported_at: _exportedAt, event_identifier: _eventIdentifier, ...meta } = (await read("meta")) as Doc;
  const files: Record<string, string> = {};
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/^(images|documents|videos|audio)\//.test(entry.name)) continue;
    files[mediaPath(`/${entry.name}`) as string] = await bytesDigest(await entry.async("uint8array"), media);
  }
  return {
    event,
    meta,
    ...Object.fromEntries(Object.entries(lists).map(([file, rows]) => [file, rows.map((row) => mapRow(file, row))])),
    media: files,
  };
}

it("an exported event imports back into an identical event, media included", async () => {
  const owner = await createUser();
  await putFile("test/speaker-a.png", PNG_A, "image/png");
  await putFile("test/sponsor-b.png", PNG_B, "image/png");
  await putFile("test/slides.pdf", PDF, "application/pdf");
  // Sizes of Ada's photo, as the image-sizes job writes them.
  await putFile("test/ada-thumbnail.png", PNG_B, "image/png");
  await putFile("test/ada-small.png", PNG_C, "image/png");
  // Platform taxonomy: rows of this site, linked again by the import (never created by it).
  const eventType = await createEventType({ name: "Conference", slug: "conference" });
  const topic = await createEventTopic({ name: "Science & Technology", slug: "science-technology" });
  const subTopic = await createEventSubTopic({ topic, name: "High Tech", slug: "high-tech" });
  await createEventSubTopic({ topic: await createEventTopic({ name: "Other", slug: "other" }), name: "High Tech", slug: "high-tech" });
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
    eventTypeId: eventType.id,
    eventTopicId: topic.id,
    eventSubTopicId: subTopic.id,
  });
  const roomA = await createMicrolocation({ event, name: "Hall A", floor: 2, room: "A-1", latitude: 1.5, longitude: 2.5, position: 1, hiddenInScheduler: true });
  const roomB = await createMicrolocation({ event, name: "Hall B", position: 0 });
  const track = await createTrack({ event, name: "Web", description: "All things web", color: "#ff0000", position: 3 });
  // Same name, another row: the session on it must come back on it, not on the first "Web".
  const otherWeb = await createTrack({ event, name: "Web", description: "The other one", color: "#102030", position: 4 });
  await createTrack({ event, name: "Empty track", color: "#00ff00" });
  const talk = await createSessionType({ event, name: "Talk", length: "00:45", position: 1 });
  const longTalk = await createSessionType({ event, name: "Talk", length: "01:30", position: 2 });
  const ada = await createSpeaker({
    event,
    name: "Ada",
    email: "ada@example.test",
    mobile: "+1 555",
    photoUrl: "/uploads/test/speaker-a.png",
    thumbnailImageUrl: "/uploads/test/ada-thumbnail.png",
    smallImageUrl: "/uploads/test/ada-small.png",
    iconImageUrl: "/uploads/test/ada-thumbnail.png",
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
  await createSession({ event, title: "On the other Web track", state: "accepted", track: otherWeb, sessionType: longTalk, microlocation: roomB, speakers: [ada] });
  await createSponsor({ event, name: "Acme", description: "Rockets", level: 2, logoUrl: "/uploads/test/sponsor-b.png", type: "Gold", position: 4 });
  await createSocialLink({ event, name: "Website", link: "https://conf.example", identifier: "website" });
  await createSocialLink({ event, name: "Twitter", link: "https://twitter.com/conf", identifier: null });
  // The forms: the defaults every event has, one of them changed, and custom fields with answers,
  // options and bounds, public and not.
  await db.customForm.updateMany({ where: { eventId: event.id, form: "session", fieldIdentifier: "slidesUrl" }, data: { isRequired: true, description: "PDF please" } });
  await db.customForm.create({
    data: {
      eventId: event.id, form: "speaker", fieldIdentifier: "tshirt", name: "T-shirt", type: "select", isIncluded: true, isPublic: true, position: 30, description: "Size", isComplex: true,
      options: { create: [{ value: "S", position: 0 }, { value: "M", position: 1 }, { value: "L", position: 2 }] },
    },
  });
  await db.customForm.create({
    data: { eventId: event.id, form: "session", fieldIdentifier: "answer", name: "Answer", type: "text", isIncluded: true, isPublic: false, position: 20, isComplex: true },
  });
  await db.customForm.create({
    data: { eventId: event.id, form: "session", fieldIdentifier: "audienceSize", name: "Audience size", type: "number", isIncluded: false, min: 1, max: 500, position: 21, isComplex: true },
  });
  await refreshPublicAnswers(event.id);
  expect((await db.speaker.findUniqueOrThrow({ where: { id: ada.id } })).publicFieldValues).toEqual({ tshirt: "M" });

  const data = await loadExportData(event.id, { audience: "organizer" });
  const options = { image: true, document: true, video: true, audio: true } as const;
  const zip = await renderJsonZip(data, { ...options, fetchMedia: localMediaFetcher().fetchMedia });
  const { taskId } = await startImport({ id: owner.id, email: owner.email, isAdmin: false, isSuperAdmin: false }, { bytes: zip, fileName: "export.zip" });
  const task = await runTask(taskId);
  expect(task.error).toBeNull();
  const result = task.result as { id: number; skipped: string[]; counts: Record<string, number> };
  // 26 default fields and 3 custom ones.
  expect(result.counts).toEqual({ sessions: 3, speakers: 3, microlocations: 2, tracks: 3, session_types: 2, sponsors: 1, social_links: 2, forms: 29, media: 5 });

  // The import really encoded the images again (else "as imported" would prove nothing).
  expect(await bytesDigest(PNG_A, "as imported")).not.toBe(await bytesDigest(PNG_A, "as stored"));
  const original = await snapshot(event.id, "as imported");
  const copy = await snapshot(result.id);
  expect(copy).toEqual(original);
  expect(copy.taxonomy).toEqual({
    type: { name: "Conference", slug: "conference" },
    topic: { name: "Science & Technology", slug: "science-technology" },
    subTopic: { name: "High Tech", slug: "high-tech" },
  });
  expect(copy.sessions.find((session) => (session as { title?: unknown }).title === "On the other Web track")).toMatchObject({
    track: { name: "Web", description: "The other one", color: "#102030" },
    sessionType: { name: "Talk", length: "01:30" },
  });
  // The backup of the copy says what the backup of the original says, file by file, including
  // what no database column holds (a track's font colour) and the platform taxonomy by slug.
  const again = await renderJsonZip(await loadExportData(result.id, { audience: "organizer" }), { ...options, fetchMedia: localMediaFetcher().fetchMedia });
  const [before, after] = await Promise.all([zipDocument(zip, "as imported"), zipDocument(again)]);
  expect(after).toEqual(before);
  expect(before.event).toMatchObject({ type: "Conference", type_slug: "conference", topic: "Science & Technology", topic_slug: "science-technology", sub_topic: "High Tech", sub_topic_slug: "high-tech" });
  expect(before.tracks).toEqual([
    expect.objectContaining({ name: "Web", color: "#ff0000", font_color: "#ffffff" }),
    expect.objectContaining({ name: "Web", color: "#102030", font_color: "#ffffff" }),
    expect.objectContaining({ name: "Empty track", color: "#00ff00", font_color: "#000000" }),
  ]);
  // Slides became required after two of the sessions were made, and Ada answers a field the form
  // does not have: imported as they are, and listed.
  expect((task.result as { form_issues: string[] }).form_issues.map((line) => line.replace(/item \d+/, "item N"))).toEqual([
    "sessions: item N: /slides-url: Slides is required",
    "sessions: item N: /slides-url: Slides is required",
    "speakers: item N: /complex-field-values/nested: This field is not part of the form",
  ]);
  // The forms and the answers came back: options in order, bounds, the public part of the answers.
  expect(copy.customForms.filter((field) => field.isComplex).map(({ fieldIdentifier, options, min, max, isPublic }) => ({ fieldIdentifier, options, min, max, isPublic }))).toEqual([
    { fieldIdentifier: "answer", options: [], min: null, max: null, isPublic: false },
    { fieldIdentifier: "audienceSize", options: [], min: 1, max: 500, isPublic: false },
    { fieldIdentifier: "tshirt", options: ["S", "M", "L"], min: null, max: null, isPublic: true },
  ]);
  expect(copy.speakers.find((speaker) => speaker.name === "Ada")).toMatchObject({ complexFieldValues: { tshirt: "M", nested: { a: [1, 2] } }, publicFieldValues: { tshirt: "M" } });
  expect((before.forms as Doc[]).find((field) => field.field_identifier === "tshirt")).toMatchObject({ type: "select", options: ["S", "M", "L"], is_public: true });
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

  // A second generation: the copy's backup imports into an event equal to the copy, its media
  // byte for byte (images that were encoded once come out of the next encoding unchanged), and
  // its backup is the copy's backup, file by file.
  const second = await startImport({ id: owner.id, email: owner.email, isAdmin: false, isSuperAdmin: false }, { bytes: again, fileName: "export.zip" });
  const secondTask = await runTask(second.taskId);
  expect(secondTask.error).toBeNull();
  const secondId = (secondTask.result as { id: number }).id;
  expect(await snapshot(secondId)).toEqual(copy);
  const third = await renderJsonZip(await loadExportData(secondId, { audience: "organizer" }), { ...options, fetchMedia: localMediaFetcher().fetchMedia });
  expect(await zipDocument(third)).toEqual(after);
});

it("re-import lists each missing image once, however many fields name it", async () => {
  const owner = await createUser();
  const actor = { id: owner.id, email: owner.email, isAdmin: false, isSuperAdmin: false };
  // As the demo event: the image and its three sizes are one file (here an SVG, which an import
  // does not store: it can carry script).
  await putFile("test/cover.svg", SVG, "image/svg+xml");
  await putFile("test/face.svg", SVG, "image/svg+xml");
  const sizes = (url: string) => ({ originalImageUrl: url, largeImageUrl: url, thumbnailImageUrl: url, iconImageUrl: url });
  const withFiles = await createEvent({ owner, state: "draft", ...sizes("/uploads/test/cover.svg") });
  const face = "/uploads/test/face.svg";
  const speaker = await createSpeaker({ event: withFiles, name: "Ada", photoUrl: face, thumbnailImageUrl: face, smallImageUrl: face, iconImageUrl: face });

  const roundTrip = async (eventId: number, image: boolean) => {
    const zip = await renderJsonZip(await loadExportData(eventId, { audience: "organizer" }), { image, fetchMedia: localMediaFetcher().fetchMedia });
    const { taskId } = await startImport(actor, { bytes: zip, fileName: "export.zip" });
    const task = await runTask(taskId);
    expect(task.error).toBeNull();
    return task.result as { id: number; skipped: string[] };
  };

  // Exported with its images: one file per image, refused once by its content.
  const stored = await roundTrip(withFiles.id, true);
  expect([...stored.skipped].sort()).toEqual([
    "images/event/original.svg: not a recognised image, document, video or audio file (checked by content); not stored",
    `images/speakers/${speaker.id}.svg: not a recognised image, document, video or audio file (checked by content); not stored`,
  ]);
  expect(await db.event.findUniqueOrThrow({ where: { id: stored.id }, select: { originalImageUrl: true, largeImageUrl: true, thumbnailImageUrl: true, iconImageUrl: true } })).toEqual(
    { originalImageUrl: null, largeImageUrl: null, thumbnailImageUrl: null, iconImageUrl: null },
  );

  // An archive that names media it does not hold (every field of an image, in two speakers).
  const linked = await createEvent({ owner, state: "draft", ...sizes("/images/events/cover.svg") });
  const avatar = "/images/avatars/ada.svg";
  for (const name of ["Ada", "Ada again"]) {
    await createSpeaker({ event: linked, name, photoUrl: avatar, thumbnailImageUrl: avatar, smallImageUrl: avatar, iconImageUrl: avatar });
  }
  const first = await db.speaker.findFirstOrThrow({ where: { eventId: linked.id }, orderBy: { id: "asc" } });
  const kept = await roundTrip(linked.id, false);
  expect([...kept.skipped].sort()).toEqual([
    "event: /images/events/cover.svg is not in the archive; the link was kept as it is",
    `speakers: item 1 (id ${first.id}) and 1 other item(s): /images/avatars/ada.svg is not in the archive; the link was kept as it is`,
  ]);
});
