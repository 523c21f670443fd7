import type {
  ExportData,
  ExportEvent,
  ExportMicrolocation,
  ExportSession,
  ExportSessionType,
  ExportSpeaker,
  ExportTrack,
} from "../types";

/**
 * Builders of in-memory `ExportData` for renderer tests and the benchmark (factories, no
 * database). Instants are built from UTC ISO strings so the fixtures mean the same under any TZ.
 */

export const SPECIAL_TITLE = 'Semi; comma, back\\slash\nnew line <tag> & "quotes" 🎉 done';
// Long enough to be folded several times, with multi-byte characters around every fold point.
export const LONG_TITLE = "Grüße aus Köln — 日本語のタイトル 🎉 ".repeat(8).trim();

export function utc(iso: string): Date {
  return new Date(iso.endsWith("Z") ? iso : `${iso}Z`);
}

export function exportEvent(overrides: Partial<ExportEvent> = {}): ExportEvent {
  return {
    id: 1,
    identifier: "fosasia27",
    name: "FOSSASIA Summit 2027",
    description: "<p>The <b>open</b> tech summit</p>",
    timezone: "Asia/Singapore",
    startsAt: utc("2027-03-11T01:00:00"),
    endsAt: utc("2027-03-13T10:00:00"),
    locationName: "Lifelong Learning Institute",
    latitude: 1.3207,
    longitude: 103.8934,
    email: "info@fossasia.org",
    originalImageUrl: "/uploads/event/cover.jpg",
    logoUrl: "https://cdn.example.org/logo.png",
    ownerName: "FOSSASIA",
    state: "published",
    privacy: "public",
    ...overrides,
  };
}

export function session(id: number, overrides: Partial<ExportSession> = {}): ExportSession {
  return {
    id,
    title: `Session ${id}`,
    subtitle: null,
    shortAbstract: `<p>Abstract of session ${id}</p>`,
    longAbstract: null,
    comments: `private comment ${id}`,
    language: "en",
    level: null,
    startsAt: null,
    endsAt: null,
    state: "accepted",
    trackId: null,
    microlocationId: null,
    sessionTypeId: null,
    slidesUrl: null,
    videoUrl: null,
    audioUrl: null,
    deletedAt: null,
    speakers: [],
    ...overrides,
  };
}

export function speaker(id: number, overrides: Partial<ExportSpeaker> = {}): ExportSpeaker {
  return {
    id,
    name: `Speaker ${id}`,
    email: `speaker${id}@private.example`,
    mobile: `+65 9000 ${String(1000 + id).padStart(4, "0")}`,
    photoUrl: null,
    shortBiography: null,
    organisation: null,
    position: null,
    deletedAt: null,
    ...overrides,
  };
}

export function room(id: number, overrides: Partial<ExportMicrolocation> = {}): ExportMicrolocation {
  return { id, name: `Room ${id}`, latitude: null, longitude: null, position: id, floor: null, room: null, ...overrides };
}

export function track(id: number, overrides: Partial<ExportTrack> = {}): ExportTrack {
  return { id, name: `Track ${id}`, color: "#3b82f6", description: null, position: id, ...overrides };
}

export function sessionType(id: number, overrides: Partial<ExportSessionType> = {}): ExportSessionType {
  return { id, name: `Type ${id}`, length: "00:45", position: id, ...overrides };
}

export function exportData(overrides: Partial<ExportData> = {}): ExportData {
  return {
    event: exportEvent(),
    sessions: [],
    speakers: [],
    microlocations: [],
    tracks: [],
    sessionTypes: [],
    sponsors: [],
    socialLinks: [],
    customForms: [],
    baseUrl: "https://events.example.org",
    generatedAt: utc("2027-02-01T12:34:56"),
    ...overrides,
  };
}

/**
 * A small but complete event: every state, missing room/track/type/end/abstract, a deleted
 * session, the special-character and long titles, rooms with and without coordinates.
 */
export function sampleExportData(eventOverrides: Partial<ExportEvent> = {}, day = "2027-03-11"): ExportData {
  const at = (time: string) => utc(`${day}T${time}`);
  const speakers = [
    speaker(1, { name: "Ada Lovelace", organisation: "Analytical Engines", shortBiography: "<p>First <i>programmer</i></p>", photoUrl: "/uploads/speakers/ada.jpg" }),
    speaker(2, { name: "Grace \"Amazing\" Hopper; Jr., Ph.D.", email: "grace@navy.example", mobile: "+1 555 0100" }),
    speaker(3, { name: "Linus 🐧 Tørvalds", email: null, mobile: null }),
    speaker(4, { name: "Deleted Speaker", deletedAt: utc("2027-01-01T00:00:00") }),
  ];
  const sessions: ExportSession[] = [
    session(1, { title: "Opening keynote", startsAt: at("01:00:00"), endsAt: at("02:00:00"), state: "confirmed", trackId: 1, microlocationId: 1, sessionTypeId: 1, speakers: [{ speakerId: 1 }, { speakerId: 2 }], slidesUrl: "https://slides.example.org/1.pdf", videoUrl: "/uploads/videos/1.mp4" }),
    session(2, { title: SPECIAL_TITLE, shortAbstract: "Q&amp;A; with, <b>all</b> the \\ specials\nand lines", startsAt: at("02:00:00"), endsAt: at("02:45:00"), trackId: 2, microlocationId: 2, sessionTypeId: 1, speakers: [{ speakerId: 2 }, { speakerId: 3 }] }),
    session(3, { title: LONG_TITLE, subtitle: "Über-long", startsAt: at("03:00:00"), endsAt: at("03:30:00"), trackId: 1, microlocationId: 1, speakers: [{ speakerId: 3 }, { speakerId: 4 }] }),
    // No room, track, type, end or abstract: end falls back to 30 minutes.
    session(4, { title: "Bare session", shortAbstract: null, startsAt: at("04:00:00") }),
    // No end, but a type of 45 minutes.
    session(5, { title: "Typed session without end", startsAt: at("05:00:00"), sessionTypeId: 1, microlocationId: 3 }),
    // Same start as 5: ordered by id.
    session(6, { title: "Parallel session", startsAt: at("05:00:00"), endsAt: at("05:30:00"), microlocationId: 2, trackId: 2 }),
    // Second day.
    session(7, { title: "Day two", startsAt: utc("2027-03-12T02:00:00"), endsAt: utc("2027-03-12T03:00:00"), microlocationId: 1, speakers: [{ speakerId: 1 }] }),
    // Not public: wrong state, deleted, unscheduled.
    session(8, { title: "Pending talk", state: "pending", startsAt: at("06:00:00"), endsAt: at("07:00:00") }),
    session(9, { title: "Rejected talk", state: "rejected", startsAt: at("06:00:00"), endsAt: at("07:00:00") }),
    session(10, { title: "Deleted talk", deletedAt: utc("2027-01-01T00:00:00"), startsAt: at("06:00:00"), endsAt: at("07:00:00") }),
    session(11, { title: "Unscheduled talk", state: "accepted" }),
    session(12, { title: "Withdrawn talk", state: "withdrawn", startsAt: at("06:00:00"), endsAt: at("07:00:00"), speakers: [{ speakerId: 2 }] }),
  ];
  return exportData({
    event: exportEvent(eventOverrides),
    sessions,
    speakers,
    microlocations: [
      room(1, { name: "Hall A", latitude: 1.3208, longitude: 103.8935, floor: 1 }),
      room(2, { name: "Room; 2, \"B\"" }),
      room(3, { name: "Workshop ✨" }),
    ],
    tracks: [track(1, { name: "Open Source" }), track(2, { name: "AI, Data; & Cloud", color: "#ff0000" })],
    sessionTypes: [sessionType(1, { name: "Talk", length: "00:45" })],
    sponsors: [{ id: 1, name: "Acme", description: "<p>Rockets</p>", url: "https://acme.example", level: 1, logoUrl: "/uploads/sponsors/acme.png", type: "Gold", position: 0, deletedAt: null }],
    socialLinks: [{ id: 1, name: "Twitter", link: "https://twitter.com/fossasia", identifier: null, deletedAt: null }],
    customForms: [
      { id: 1, form: "session", fieldIdentifier: "title", name: "Title", type: "text", isRequired: true, isIncluded: true, isFixed: true, position: 0, description: null, isPublic: true, isComplex: false, options: [] },
    ],
  });
}

/** The sessions a public schedule must show for `sampleExportData`. */
export const SAMPLE_PUBLIC_SESSION_IDS = [1, 2, 3, 4, 5, 6, 7];
