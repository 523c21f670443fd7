import { loadCustomFormRows } from "../custom-forms/load-form";
import { db } from "../db";
import { env } from "../env";
import { notFound } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { ExportData, ExportEvent, ExportSession, ExportSpeaker } from "../export/types";
import { PUBLIC_SESSION_STATES } from "../sessions/states";

/**
 * Loads everything an export renders, in a constant number of queries whatever the event size
 * (a test pins the count for 10 and 2,000 sessions): one for the event, then one per resource
 * list in parallel (plus Prisma's one batched query for the session↔speaker join rows).
 *
 * Authorization is the caller's job (`getEvent(actor, id, "event.export")` for the team and
 * organizer audiences); the public audience is safe for anyone by construction:
 *
 * - only a live, published, public event loads (anything else is NOT_FOUND);
 * - sessions are the accepted/confirmed live ones, and only once the schedule is published;
 * - speakers are the live speakers of those sessions;
 * - private columns (speaker email/mobile, session comments, the answers to custom fields that
 *   are not public) are never selected, so they cannot leak into a public file through a
 *   renderer bug: sessions and speakers carry `publicFieldValues` as their answers.
 *
 * The team audience is the public one for the event's team exporting the public formats: the
 * same sessions, speakers and columns (a schedule file is passed around, so it never carries
 * private fields), but of the event in any state (a draft, a private event) and whether or not
 * its schedule is published yet, as organizers prepare their files before publishing.
 */

export type ExportAudience = "public" | "team" | "organizer";

export interface LoadExportDataOptions {
  audience: ExportAudience;
  /** Only these sessions (e.g. a personal "my schedule" feed); speakers follow the sessions. */
  sessionIds?: readonly number[];
  /** Only the sessions of this speaker (a speaker's own feed); speakers follow the sessions. */
  speakerId?: number;
  /** The export's instant; defaults to now (renderers never read the clock themselves). */
  generatedAt?: Date;
}

/** Event columns the exports use; all of them are public information (`email` is the public contact). */
const PUBLIC_EVENT_SELECT = {
  id: true,
  identifier: true,
  name: true,
  description: true,
  timezone: true,
  startsAt: true,
  endsAt: true,
  locationName: true,
  latitude: true,
  longitude: true,
  email: true,
  originalImageUrl: true,
  largeImageUrl: true,
  thumbnailImageUrl: true,
  iconImageUrl: true,
  logoUrl: true,
  online: true,
  ownerName: true,
  ownerDescription: true,
  hasOwnerInfo: true,
  externalEventUrl: true,
  ticketUrl: true,
  codeOfConduct: true,
  privacy: true,
  state: true,
  schedulePublishedOn: true,
  isSessionsSpeakersEnabled: true,
  isSponsorsEnabled: true,
  searchableLocationName: true,
} as const satisfies Prisma.EventSelect;

/** Session columns anyone may see: no `comments`, no private answers (`complexFieldValues`), no creator. */
const PUBLIC_SESSION_SELECT = {
  id: true,
  title: true,
  subtitle: true,
  shortAbstract: true,
  longAbstract: true,
  language: true,
  level: true,
  startsAt: true,
  endsAt: true,
  state: true,
  trackId: true,
  microlocationId: true,
  sessionTypeId: true,
  slidesUrl: true,
  videoUrl: true,
  audioUrl: true,
  signupUrl: true,
  isLocked: true,
  submittedAt: true,
  lastModifiedAt: true,
  createdAt: true,
  deletedAt: true,
  publicFieldValues: true,
} as const satisfies Prisma.SessionSelect;

/** Speaker columns anyone may see: no `email`, `mobile` or private answers (`complexFieldValues`). */
const PUBLIC_SPEAKER_SELECT = {
  id: true,
  name: true,
  photoUrl: true,
  thumbnailImageUrl: true,
  smallImageUrl: true,
  iconImageUrl: true,
  shortBiography: true,
  longBiography: true,
  speakingExperience: true,
  website: true,
  twitter: true,
  github: true,
  linkedin: true,
  facebook: true,
  organisation: true,
  position: true,
  country: true,
  city: true,
  gender: true,
  isFeatured: true,
  deletedAt: true,
  publicFieldValues: true,
} as const satisfies Prisma.SpeakerSelect;

type TaxonomyRow = Record<"typeName" | "typeSlug" | "topicName" | "topicSlug" | "subTopicName" | "subTopicSlug", string | null>;

/**
 * The event's platform taxonomy by name and slug, for the organizer's backup (the import links
 * the rows again by them). One query: Prisma would take one per relation.
 */
async function loadTaxonomy(eventId: number): Promise<Pick<ExportEvent, "eventType" | "eventTopic" | "eventSubTopic">> {
  const [row] = await db.$queryRaw<TaxonomyRow[]>`
    SELECT t.name AS "typeName", t.slug AS "typeSlug", p.name AS "topicName", p.slug AS "topicSlug",
           s.name AS "subTopicName", s.slug AS "subTopicSlug"
    FROM "Event" e
    LEFT JOIN "EventType" t ON t.id = e."eventTypeId"
    LEFT JOIN "EventTopic" p ON p.id = e."eventTopicId"
    LEFT JOIN "EventSubTopic" s ON s.id = e."eventSubTopicId"
    WHERE e.id = ${eventId}`;
  const pair = (name: string | null | undefined, slug: string | null | undefined) => (name != null && slug != null ? { name, slug } : null);
  return {
    eventType: pair(row?.typeName, row?.typeSlug),
    eventTopic: pair(row?.topicName, row?.topicSlug),
    eventSubTopic: pair(row?.subTopicName, row?.subTopicSlug),
  };
}

const byPosition = (): [{ position: "asc" }, { id: "asc" }] => [{ position: "asc" }, { id: "asc" }];

/** A public row: its public answers are its answers (none: no `complexFieldValues` at all). */
function publicRow<T extends { publicFieldValues?: unknown }>(row: T): Omit<T, "publicFieldValues"> & { complexFieldValues?: unknown } {
  const { publicFieldValues, ...rest } = row;
  return publicFieldValues == null ? rest : { ...rest, complexFieldValues: publicFieldValues };
}

export async function loadExportData(eventId: number, options: LoadExportDataOptions): Promise<ExportData> {
  // Public columns and sessions: for anyone, and for the team's public formats.
  const isPublic = options.audience !== "organizer";
  const generatedAt = options.generatedAt ?? new Date();
  const baseUrl = env().APP_URL.replace(/\/+$/, "");

  const event = await db.event.findFirst({
    where:
      options.audience === "public"
        ? { id: eventId, deletedAt: null, state: "published", privacy: "public" }
        : { id: eventId, deletedAt: null },
    select: PUBLIC_EVENT_SELECT,
  });
  if (!event) throw notFound("Event");

  // The public sees no session at all until the organizers publish the schedule.
  const showSessions = options.audience !== "public" || event.schedulePublishedOn != null;
  const sessionWhere: Prisma.SessionWhereInput = {
    eventId,
    deletedAt: null,
    ...(isPublic ? { state: { in: [...PUBLIC_SESSION_STATES] } } : {}),
    ...(options.sessionIds ? { id: { in: [...options.sessionIds] } } : {}),
    ...(options.speakerId != null ? { speakers: { some: { speakerId: options.speakerId } } } : {}),
  };
  // Join rows to live speakers of the event. A speaker linked to a session in the file has a
  // session in the file, so no further condition is needed (and none that makes PostgreSQL's plan
  // depend on fresh statistics: a correlated EXISTS per join row took seconds on a just-imported
  // event that autovacuum had not analyzed yet).
  const live = { eventId, deletedAt: null };
  const joinRows = { select: { speakerId: true }, where: { speaker: live }, orderBy: { speakerId: "asc" } } as const;
  // A filtered file (public, one session, one speaker) holds the speakers of its sessions: read
  // by id once the sessions are in, instead of by an EXISTS over sessions.
  const filtered = isPublic || options.sessionIds != null || options.speakerId != null;

  const loadSessions = () =>
    !showSessions
      ? Promise.resolve([])
      : isPublic
        ? db.session.findMany({
            where: sessionWhere,
            select: { ...PUBLIC_SESSION_SELECT, speakers: joinRows },
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          })
        : db.session.findMany({
            where: sessionWhere,
            include: { speakers: joinRows },
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          });
  const loadSpeakers = (where: Prisma.SpeakerWhereInput) =>
    !showSessions
      ? Promise.resolve([])
      : isPublic
        ? db.speaker.findMany({ where, select: PUBLIC_SPEAKER_SELECT, orderBy: { id: "asc" } })
        : db.speaker.findMany({ where, orderBy: { id: "asc" } });
  const sessionsAndSpeakers = async () => {
    if (!filtered) return Promise.all([loadSessions(), loadSpeakers(live)]);
    const sessions = await loadSessions();
    const ids = [...new Set(sessions.flatMap((session) => session.speakers.map((link) => link.speakerId)))];
    return [sessions, await loadSpeakers({ ...live, id: { in: ids } })] as const;
  };

  const [[sessions, speakers], microlocations, tracks, sessionTypes, sponsors, socialLinks, customForms, taxonomy] =
    await Promise.all([
      sessionsAndSpeakers(),
      db.microlocation.findMany({ where: live, orderBy: byPosition() }),
      db.track.findMany({ where: live, orderBy: byPosition() }),
      db.sessionType.findMany({ where: live, orderBy: byPosition() }),
      isPublic && !event.isSponsorsEnabled
        ? Promise.resolve([])
        : db.sponsor.findMany({ where: live, orderBy: [{ level: "asc" }, ...byPosition()] }),
      db.socialLink.findMany({ where: live, orderBy: { id: "asc" } }),
      // Form definitions describe the private answers; only the organizer's backup carries them.
      isPublic ? Promise.resolve([]) : loadCustomFormRows(eventId),
      isPublic ? Promise.resolve({}) : loadTaxonomy(eventId),
    ]);

  return {
    event: { ...event, ...taxonomy },
    sessions: isPublic ? sessions.map((session) => publicRow(session) as ExportSession) : (sessions as ExportSession[]),
    speakers: isPublic
      ? speakers.map((speaker): ExportSpeaker => ({ ...(publicRow(speaker) as ExportSpeaker), email: null, mobile: null }))
      : (speakers as ExportSpeaker[]),
    microlocations,
    tracks,
    sessionTypes,
    sponsors,
    socialLinks,
    customForms,
    baseUrl,
    generatedAt,
  };
}
