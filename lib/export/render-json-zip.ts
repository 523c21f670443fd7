import JSZip from "jszip";
import { DateTime, Info } from "luxon";
import { fontColor } from "../tracks/font-color";
import { memoIanaZone } from "./timezone";
import type { ExportData, JsonZipOptions } from "./types";
import { addDeflated } from "./zip-deflate";

/*
 * The organizer's full backup of an event (Open Event's "JSON export"), importable back into an
 * identical event (issue #6). It DELIBERATELY contains organizer-only data (speaker email and
 * mobile, session comments, form answers): it is only downloadable by co-organizers and up —
 * never serve it publicly.
 *
 * Layout: one JSON file per resource named WITHOUT an extension (`event`, `sessions`, …), as in
 * Open Event's exports and the legacy samples in `shared/fixtures/open-event-legacy/`, so one
 * importer path reads both; attribute names are Open Event's in snake_case. `meta` names the
 * format and version. Media, when asked, go to `images/`, `videos/`, `documents/`, `audio/`, and
 * the entry's URL field is replaced by the zip path (`/images/speakers/12.jpg`, leading slash as
 * in the legacy samples); media that cannot be fetched keep their original URL.
 */

export const JSON_EXPORT_FORMAT = "open-event-json-export";
export const JSON_EXPORT_VERSION = 1;
export const JSON_EXPORT_FILES = [
  "event", "microlocations", "sessions", "speakers", "sponsors", "tracks", "session_types", "social_links", "forms", "meta",
] as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type MediaKind = "image" | "video" | "document" | "audio";

const FOLDERS: Record<MediaKind, string> = { image: "images", video: "videos", document: "documents", audio: "audio" };

function alive<T extends { deletedAt?: Date | null }>(rows: readonly T[]): T[] {
  return rows.filter((row) => row.deletedAt == null);
}

function extension(url: string): string {
  try {
    const match = /\.([a-z0-9]{1,5})$/i.exec(new URL(url, "http://x/").pathname);
    return match ? `.${match[1]!.toLowerCase()}` : "";
  } catch {
    return "";
  }
}

interface MediaRequest {
  kind: MediaKind;
  url: string;
  /** Zip path without extension, e.g. `images/speakers/12`. */
  path: string;
  apply: (zipPath: string) => void;
}

export async function renderJsonZip(data: ExportData, options: JsonZipOptions = {}): Promise<Uint8Array> {
  const { event } = data;
  // Instants as ISO 8601 with the event zone's offset (as Open Event's exports): unambiguous and readable.
  // Each distinct instant formatted once (sessions share slots, and creation times repeat):
  // luxon's formatting costs more than the rest of a row.
  // Names luxon reads as a fixed offset ("UTC", "UTC+3") stay as they are: written with `Z` or
  // their offset, not as an IANA zone's "+00:00".
  const named = Info.normalizeZone(event.timezone);
  const zone = named.type === "iana" ? memoIanaZone(event.timezone) : named;
  const instants = new Map<number, string | null>();
  const instant = (value: Date | null | undefined): string | null => {
    if (!value) return null;
    const ms = value.getTime();
    let text = instants.get(ms);
    if (text === undefined) instants.set(ms, (text = DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true })));
    return text;
  };
  const media: MediaRequest[] = [];
  const want = (kind: MediaKind, url: string | null | undefined, path: string, apply: (zipPath: string) => void) => {
    if (options[kind] && url && url.trim()) media.push({ kind, url: url.trim(), path: `${FOLDERS[kind]}/${path}`, apply });
  };

  const sessions = alive(data.sessions).sort((a, b) => a.id - b.id);
  const speakers = alive(data.speakers).sort((a, b) => a.id - b.id);
  const tracks = alive(data.tracks).sort((a, b) => a.id - b.id);
  const rooms = alive(data.microlocations).sort((a, b) => a.id - b.id);
  const types = alive(data.sessionTypes).sort((a, b) => a.id - b.id);
  const trackById = new Map(tracks.map((row) => [row.id, row]));
  const roomById = new Map(rooms.map((row) => [row.id, row]));
  const typeById = new Map(types.map((row) => [row.id, row]));
  const speakerById = new Map(speakers.map((row) => [row.id, row]));
  const sessionsOfSpeaker = new Map<number, { id: number; title: string }[]>();
  const sessionsOfTrack = new Map<number, { id: number; title: string }[]>();
  for (const session of sessions) {
    for (const { speakerId } of session.speakers) {
      if (!speakerById.has(speakerId)) continue;
      const list = sessionsOfSpeaker.get(speakerId) ?? [];
      list.push({ id: session.id, title: session.title });
      sessionsOfSpeaker.set(speakerId, list);
    }
    if (session.trackId != null && trackById.has(session.trackId)) {
      const list = sessionsOfTrack.get(session.trackId) ?? [];
      list.push({ id: session.id, title: session.title });
      sessionsOfTrack.set(session.trackId, list);
    }
  }
  const ref = <T extends { id: number; name: string }>(row: T | undefined) => (row ? { id: row.id, name: row.name } : null);

  const eventJson: { [key: string]: Json } = {
    id: event.id,
    identifier: event.identifier,
    name: event.name,
    description: event.description,
    timezone: event.timezone,
    starts_at: instant(event.startsAt),
    ends_at: instant(event.endsAt),
    location_name: event.locationName,
    searchable_location_name: event.searchableLocationName ?? null,
    latitude: event.latitude,
    longitude: event.longitude,
    online: event.online ?? false,
    email: event.email,
    original_image_url: event.originalImageUrl,
    large_image_url: event.largeImageUrl ?? null,
    thumbnail_image_url: event.thumbnailImageUrl ?? null,
    icon_image_url: event.iconImageUrl ?? null,
    logo_url: event.logoUrl,
    owner_name: event.ownerName ?? null,
    owner_description: event.ownerDescription ?? null,
    has_owner_info: event.hasOwnerInfo ?? false,
    external_event_url: event.externalEventUrl ?? null,
    ticket_url: event.ticketUrl ?? null,
    code_of_conduct: event.codeOfConduct ?? null,
    privacy: event.privacy ?? null,
    state: event.state ?? null,
    schedule_published_on: instant(event.schedulePublishedOn),
    is_sessions_speakers_enabled: event.isSessionsSpeakersEnabled ?? null,
    is_sponsors_enabled: event.isSponsorsEnabled ?? null,
    // Platform taxonomy under the legacy files' keys (names), with slugs that survive a renaming.
    type: event.eventType?.name ?? null,
    type_slug: event.eventType?.slug ?? null,
    topic: event.eventTopic?.name ?? null,
    topic_slug: event.eventTopic?.slug ?? null,
    sub_topic: event.eventSubTopic?.name ?? null,
    sub_topic_slug: event.eventSubTopic?.slug ?? null,
  };
  want("image", event.logoUrl, "event/logo", (path) => (eventJson.logo_url = path));
  want("image", event.originalImageUrl, "event/original", (path) => (eventJson.original_image_url = path));
  // The sizes travel with the image (one file when they name the same one), so that an import
  // neither points at this site's files nor reports the image once per size.
  want("image", event.largeImageUrl, "event/large", (path) => (eventJson.large_image_url = path));
  want("image", event.thumbnailImageUrl, "event/thumbnail", (path) => (eventJson.thumbnail_image_url = path));
  want("image", event.iconImageUrl, "event/icon", (path) => (eventJson.icon_image_url = path));

  const sessionsJson = sessions.map((session) => {
    const row: { [key: string]: Json } = {
      id: session.id,
      title: session.title,
      subtitle: session.subtitle,
      short_abstract: session.shortAbstract,
      long_abstract: session.longAbstract,
      comments: session.comments ?? null,
      language: session.language,
      level: session.level,
      starts_at: instant(session.startsAt),
      ends_at: instant(session.endsAt),
      state: session.state,
      track: ref(session.trackId == null ? undefined : trackById.get(session.trackId)),
      microlocation: ref(session.microlocationId == null ? undefined : roomById.get(session.microlocationId)),
      session_type: ref(session.sessionTypeId == null ? undefined : typeById.get(session.sessionTypeId)),
      speakers: session.speakers.flatMap(({ speakerId }) => {
        const speaker = speakerById.get(speakerId);
        return speaker ? [{ id: speaker.id, name: speaker.name }] : [];
      }),
      slides_url: session.slidesUrl,
      video_url: session.videoUrl,
      audio_url: session.audioUrl,
      signup_url: session.signupUrl ?? null,
      is_locked: session.isLocked ?? false,
      submitted_at: instant(session.submittedAt),
      last_modified_at: instant(session.lastModifiedAt),
      created_at: instant(session.createdAt),
      complex_field_values: (session.complexFieldValues ?? null) as Json,
    };
    want("document", session.slidesUrl, `session_${session.id}`, (path) => (row.slides_url = path));
    want("video", session.videoUrl, `session_${session.id}`, (path) => (row.video_url = path));
    want("audio", session.audioUrl, `session_${session.id}`, (path) => (row.audio_url = path));
    return row;
  });

  const speakersJson = speakers.map((speaker) => {
    const row: { [key: string]: Json } = {
      id: speaker.id,
      name: speaker.name,
      email: speaker.email,
      mobile: speaker.mobile,
      photo_url: speaker.photoUrl,
      thumbnail_image_url: speaker.thumbnailImageUrl ?? null,
      small_image_url: speaker.smallImageUrl ?? null,
      icon_image_url: speaker.iconImageUrl ?? null,
      short_biography: speaker.shortBiography,
      long_biography: speaker.longBiography ?? null,
      speaking_experience: speaker.speakingExperience ?? null,
      website: speaker.website ?? null,
      twitter: speaker.twitter ?? null,
      github: speaker.github ?? null,
      linkedin: speaker.linkedin ?? null,
      facebook: speaker.facebook ?? null,
      organisation: speaker.organisation,
      position: speaker.position,
      country: speaker.country ?? null,
      city: speaker.city ?? null,
      gender: speaker.gender ?? null,
      is_featured: speaker.isFeatured ?? false,
      complex_field_values: (speaker.complexFieldValues ?? null) as Json,
      sessions: sessionsOfSpeaker.get(speaker.id) ?? [],
    };
    want("image", speaker.photoUrl, `speakers/${speaker.id}`, (path) => (row.photo_url = path));
    want("image", speaker.thumbnailImageUrl, `speakers/${speaker.id}-thumbnail`, (path) => (row.thumbnail_image_url = path));
    want("image", speaker.smallImageUrl, `speakers/${speaker.id}-small`, (path) => (row.small_image_url = path));
    want("image", speaker.iconImageUrl, `speakers/${speaker.id}-icon`, (path) => (row.icon_image_url = path));
    return row;
  });

  const sponsorsJson = alive(data.sponsors)
    .sort((a, b) => a.id - b.id)
    .map((sponsor) => {
      const row: { [key: string]: Json } = {
        id: sponsor.id,
        name: sponsor.name,
        description: sponsor.description,
        url: sponsor.url,
        level: sponsor.level,
        logo_url: sponsor.logoUrl,
        type: sponsor.type,
        position: sponsor.position ?? 0,
      };
      want("image", sponsor.logoUrl, `sponsors/${sponsor.id}`, (path) => (row.logo_url = path));
      return row;
    });

  const files: Record<(typeof JSON_EXPORT_FILES)[number], Json> = {
    event: eventJson,
    microlocations: rooms.map((room) => ({
      id: room.id,
      name: room.name,
      floor: room.floor ?? null,
      room: room.room ?? null,
      latitude: room.latitude,
      longitude: room.longitude,
      position: room.position,
      hidden_in_scheduler: room.hiddenInScheduler ?? false,
    })),
    sessions: sessionsJson,
    speakers: speakersJson,
    sponsors: sponsorsJson,
    tracks: tracks.map((track) => ({
      id: track.id,
      name: track.name,
      description: track.description ?? null,
      color: track.color,
      // Derived from the colour (as Open Event Server does); written for readers of the file.
      font_color: fontColor(track.color),
      position: track.position ?? 0,
      sessions: sessionsOfTrack.get(track.id) ?? [],
    })),
    session_types: types.map((type) => ({ id: type.id, name: type.name, length: type.length, position: type.position ?? 0 })),
    social_links: alive(data.socialLinks)
      .sort((a, b) => a.id - b.id)
      .map((link) => ({ id: link.id, name: link.name, link: link.link, identifier: link.identifier })),
    forms: alive(data.customForms)
      .sort((a, b) => a.id - b.id)
      .map((form) => ({
        id: form.id,
        form: form.form,
        field_identifier: form.fieldIdentifier,
        name: form.name,
        type: form.type,
        is_required: form.isRequired,
        is_included: form.isIncluded,
        is_fixed: form.isFixed,
        position: form.position,
        description: form.description,
        is_public: form.isPublic,
        is_complex: form.isComplex,
        min: form.min ?? null,
        max: form.max ?? null,
        options: [...form.options],
      })),
    meta: null,
  };

  // Media: fetched through the injected function (the renderer does no I/O of its own), each
  // distinct URL once, a few at a time; entries are added in a fixed order so the zip is
  // deterministic.
  const zip = new JSZip();
  const date = data.generatedAt;
  if (media.length) {
    if (!options.fetchMedia) throw new Error("renderJsonZip: media requested without fetchMedia");
    const fetchMedia = options.fetchMedia;
    const byUrl = new Map<string, Promise<Uint8Array | null>>();
    const queue = [...new Set(media.map((item) => item.url))];
    const results = new Map<string, Uint8Array | null>();
    const worker = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const pending = byUrl.get(url) ?? fetchMedia(url);
        byUrl.set(url, pending);
        results.set(url, await pending);
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, queue.length) }, worker));
    const stored = new Map<string, string>();
    for (const item of media) {
      const bytes = results.get(item.url);
      if (!bytes) continue;
      let zipPath = stored.get(`${item.kind} ${item.url}`);
      if (!zipPath) {
        zipPath = `${item.path}${extension(item.url)}`;
        addDeflated(zip, zipPath, bytes, { date });
        stored.set(`${item.kind} ${item.url}`, zipPath);
      }
      item.apply(`/${zipPath}`);
    }
  }

  files.meta = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    generator: "Open Event",
    exported_at: DateTime.fromJSDate(data.generatedAt, { zone: "utc" }).toISO(),
    event_identifier: event.identifier,
    timezone: event.timezone,
    base_url: data.baseUrl,
    // Legacy Open Event meta key: media paths are relative to the zip root.
    "root-url": "",
    media: { image: !!options.image, video: !!options.video, document: !!options.document, audio: !!options.audio },
    files: [...JSON_EXPORT_FILES],
  };
  for (const name of JSON_EXPORT_FILES) addDeflated(zip, name, Buffer.from(JSON.stringify(files[name], null, 2)), { date });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
