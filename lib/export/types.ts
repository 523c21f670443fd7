/**
 * Input of every export renderer: plain loaded data, no Prisma client types.
 *
 * The shapes are structurally what `db.event.findUnique({ include: { sessions: { include: {
 * speakers: { select: { speakerId: true } } } }, speakers: …, microlocations: …, tracks: …,
 * sessionTypes: …, sponsors: …, socialLinks: …, customForms: … } })` returns, so the loader can
 * pass Prisma rows through; extra columns are allowed and ignored. Relations are by id
 * (`trackId`, `microlocationId`, …) and resolved here against the lists, so a 2,000-session
 * export does not carry 2,000 copies of each track.
 *
 * PRIVACY: fields marked `@private` are organizer-only. Public renderers (iCal, xCal, frab
 * XML/JSON, live feeds) must never output them; the organizer-only outputs (JSON zip backup,
 * CSV) may. Tests grep the public formats for them.
 *
 * Instants are `Date` values (what Prisma returns). They are instants only: renderers convert
 * them with luxon into the event's zone and never use the process time zone.
 */

export type SessionStateName = "draft" | "pending" | "accepted" | "confirmed" | "rejected" | "withdrawn" | "canceled";

export interface ExportEvent {
  id: number;
  /** Short public slug used in URLs (`/e/<identifier>`). */
  identifier: string;
  name: string;
  /** HTML. */
  description: string | null;
  /** IANA zone name; all local times in the exports are in this zone. */
  timezone: string;
  startsAt: Date;
  endsAt: Date;
  locationName: string | null;
  latitude: number | null;
  longitude: number | null;
  /** PUBLIC contact address of the event (shown to attendees; used as iCal ORGANIZER/ATTENDEE address). */
  email: string | null;
  originalImageUrl: string | null;
  logoUrl: string | null;
  // Further columns carried by the organizer's backup (JSON zip) so that an import rebuilds an
  // identical event; optional because the public renderers do not need them.
  largeImageUrl?: string | null;
  thumbnailImageUrl?: string | null;
  iconImageUrl?: string | null;
  online?: boolean;
  ownerName?: string | null;
  ownerDescription?: string | null;
  hasOwnerInfo?: boolean;
  externalEventUrl?: string | null;
  ticketUrl?: string | null;
  codeOfConduct?: string | null;
  privacy?: string;
  state?: string;
  schedulePublishedOn?: Date | null;
  isSessionsSpeakersEnabled?: boolean;
  isSponsorsEnabled?: boolean;
  searchableLocationName?: string | null;
  /** Platform taxonomy rows the event belongs to (shared by all events), by name and slug. */
  eventType?: ExportTaxonomy | null;
  eventTopic?: ExportTaxonomy | null;
  eventSubTopic?: ExportTaxonomy | null;
}

export interface ExportTaxonomy {
  name: string;
  slug: string;
}

export interface ExportSession {
  id: number;
  title: string;
  subtitle: string | null;
  /** HTML; public renderers convert it to plain text. */
  shortAbstract: string | null;
  /** HTML. */
  longAbstract: string | null;
  /** @private organizer notes: JSON zip and CSV only. */
  comments?: string | null;
  language: string | null;
  level: string | null;
  /** null = not scheduled; such sessions are left out of the schedule formats. */
  startsAt: Date | null;
  /** null = open end; schedule formats use the session type's length, else 30 minutes. */
  endsAt: Date | null;
  state: SessionStateName | string;
  trackId: number | null;
  microlocationId: number | null;
  sessionTypeId: number | null;
  slidesUrl: string | null;
  videoUrl: string | null;
  audioUrl: string | null;
  signupUrl?: string | null;
  isLocked?: boolean;
  submittedAt?: Date | null;
  lastModifiedAt?: Date | null;
  createdAt?: Date | null;
  /**
   * @private answers to custom form fields, keyed by field identifier: all of them for the
   * organizer's JSON zip, only those to public fields for the public and team audiences.
   */
  complexFieldValues?: unknown;
  deletedAt?: Date | null;
  /** The session↔speaker join rows (Prisma's `SessionSpeaker` shape). */
  speakers: readonly { speakerId: number }[];
}

export interface ExportSpeaker {
  id: number;
  name: string;
  /** @private never in a public format (not even as iCal ATTENDEE address). */
  email: string | null;
  /** @private never in a public format. */
  mobile: string | null;
  photoUrl: string | null;
  thumbnailImageUrl?: string | null;
  smallImageUrl?: string | null;
  iconImageUrl?: string | null;
  shortBiography: string | null;
  longBiography?: string | null;
  speakingExperience?: string | null;
  website?: string | null;
  twitter?: string | null;
  github?: string | null;
  linkedin?: string | null;
  facebook?: string | null;
  organisation: string | null;
  position: string | null;
  country?: string | null;
  city?: string | null;
  gender?: string | null;
  isFeatured?: boolean;
  /**
   * @private answers to custom form fields, keyed by field identifier: all of them for the
   * organizer's JSON zip, only those to public fields for the public and team audiences.
   */
  complexFieldValues?: unknown;
  deletedAt?: Date | null;
}

export interface ExportMicrolocation {
  id: number;
  name: string;
  floor?: number | null;
  room?: string | null;
  latitude: number | null;
  longitude: number | null;
  position: number;
  hiddenInScheduler?: boolean;
  deletedAt?: Date | null;
}

export interface ExportTrack {
  id: number;
  name: string;
  description?: string | null;
  color: string;
  position?: number;
  deletedAt?: Date | null;
}

export interface ExportSessionType {
  id: number;
  name: string;
  /** "HH:MM" (Open Event's legacy files also use "HH.MM"). */
  length: string;
  position?: number;
  deletedAt?: Date | null;
}

export interface ExportSponsor {
  id: number;
  name: string;
  description: string | null;
  url: string | null;
  level: number;
  logoUrl: string | null;
  type: string | null;
  position?: number;
  deletedAt?: Date | null;
}

export interface ExportSocialLink {
  id: number;
  name: string;
  link: string;
  identifier: string | null;
  deletedAt?: Date | null;
}

export interface ExportCustomForm {
  id: number;
  form: "session" | "speaker" | string;
  fieldIdentifier: string;
  name: string;
  type: string;
  isRequired: boolean;
  isIncluded: boolean;
  isFixed: boolean;
  position: number;
  description: string | null;
  isPublic: boolean;
  isComplex: boolean;
  /** Bounds of a number or year answer. */
  min?: number | null;
  max?: number | null;
  /** A select or checkbox field's option values, in order. */
  options: readonly string[];
  deletedAt?: Date | null;
}

export interface ExportData {
  event: ExportEvent;
  /** All sessions of the event (any state); each renderer picks what it may show. */
  sessions: readonly ExportSession[];
  speakers: readonly ExportSpeaker[];
  microlocations: readonly ExportMicrolocation[];
  tracks: readonly ExportTrack[];
  sessionTypes: readonly ExportSessionType[];
  sponsors: readonly ExportSponsor[];
  socialLinks: readonly ExportSocialLink[];
  customForms: readonly ExportCustomForm[];
  /** Absolute origin of the public site, e.g. `https://events.example.org` (no trailing slash needed). */
  baseUrl: string;
  /** The export's instant (iCal DTSTAMP, zip entry dates, meta): renderers never read the clock. */
  generatedAt: Date;
}

/** Media bytes for the JSON zip; injected so the renderer stays pure. `null` = not available. */
export type FetchMedia = (url: string) => Promise<Uint8Array | null>;

export interface JsonZipOptions {
  /** Event/speaker/sponsor images into `images/`. */
  image?: boolean;
  /** Session videos into `videos/`. */
  video?: boolean;
  /** Session slides into `documents/`. */
  document?: boolean;
  /** Session audio into `audio/`. */
  audio?: boolean;
  /** Required when any media kind is asked for. */
  fetchMedia?: FetchMedia;
}
