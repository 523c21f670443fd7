import type { Prisma } from "../generated/prisma/client";
import type { PlannedFormField } from "./forms";

/**
 * What an archive holds, validated and with every reference resolved, before anything is
 * written. References between rows are indexes into the plan's lists (the old ids are gone
 * by then), so the writer only has to map index → new id.
 */
export type ImportFormat = "open-event-json-export" | "open-event-legacy";

type Row<T> = Omit<T, "id" | "eventId" | "createdAt">;

export interface PlannedSession {
  data: Omit<Row<Prisma.SessionCreateManyInput>, "trackId" | "microlocationId" | "sessionTypeId" | "creatorId"> & { createdAt?: Date | null };
  track: number | null;
  room: number | null;
  type: number | null;
  speakers: number[];
}

export interface ImportPlan {
  format: ImportFormat;
  event: Omit<Prisma.EventUncheckedCreateInput, "id" | "identifier" | "creatorId" | "createdAt" | "updatedAt">;
  /** Platform taxonomy by name and slug (slugs only in our own exports), matched against this site's rows when writing. */
  taxonomy: Record<"type" | "topic" | "subTopic", { name: string | null; slug: string | null }>;
  socialLinks: Row<Prisma.SocialLinkCreateManyInput>[];
  /** Both forms, complete (built-in fields the archive lacks have their defaults), with their options. */
  forms: PlannedFormField[];
  rooms: Row<Prisma.MicrolocationCreateManyInput>[];
  sponsors: Row<Prisma.SponsorCreateManyInput>[];
  speakers: Row<Prisma.SpeakerCreateManyInput>[];
  tracks: Row<Prisma.TrackCreateManyInput>[];
  sessionTypes: Row<Prisma.SessionTypeCreateManyInput>[];
  sessions: PlannedSession[];
  /** Media files of the archive referenced by the data: zip path → the URL values that point to it. */
  media: Map<string, Set<string>>;
  /**
   * Remote (http/https) media URLs in the data: URL (trimmed) → the URL values that name it. The
   * import downloads them into the file store; the ones it cannot keep their value.
   */
  remoteUrls: Map<string, Set<string>>;
  /** What was not imported, and why (shown in the task result). */
  skipped: string[];
}

// A type alias (not an interface) so that it is assignable to the jobs' JsonValue.
export type ImportCounts = {
  sessions: number;
  speakers: number;
  microlocations: number;
  tracks: number;
  session_types: number;
  sponsors: number;
  social_links: number;
  forms: number;
  media: number;
};

export function countsOf(plan: ImportPlan, storedMedia: number): ImportCounts {
  return {
    sessions: plan.sessions.length,
    speakers: plan.speakers.length,
    microlocations: plan.rooms.length,
    tracks: plan.tracks.length,
    session_types: plan.sessionTypes.length,
    sponsors: plan.sponsors.length,
    social_links: plan.socialLinks.length,
    forms: plan.forms.length,
    media: storedMedia,
  };
}
