import type { Microlocation, Session, SessionType, Speaker, Track } from "../generated/prisma/client";
import { addRole, createEvent, createMicrolocation, createSessionType, createSpeaker, createTrack, createUser, type CreateSpeakerInput } from "../../prisma/factories";
import { signApiToken } from "../auth/api-token";
import { fontColor } from "../tracks/font-color";
import { relationshipLinks } from "./api";

/**
 * Complete resource objects of sessions, speakers and the content they include, for the exact
 * document comparisons of route-handler tests, and the cast those tests share (imported by
 * *.test.ts only).
 */

const iso = (value: Date | null) => value?.toISOString() ?? null;

export type Audience = "public" | "full";

export function sessionObject(session: Session, audience: Audience, relationships: Record<string, unknown> = {}) {
  const rel = (name: string) => relationshipLinks("sessions", session.id, name);
  return {
    type: "session",
    id: String(session.id),
    attributes: {
      title: session.title,
      subtitle: session.subtitle,
      "short-abstract": session.shortAbstract,
      "long-abstract": session.longAbstract,
      ...(audience === "full" ? { comments: session.comments } : {}),
      language: session.language,
      level: session.level,
      "starts-at": iso(session.startsAt),
      "ends-at": iso(session.endsAt),
      state: session.state,
      "slides-url": session.slidesUrl,
      "video-url": session.videoUrl,
      "audio-url": session.audioUrl,
      "signup-url": session.signupUrl,
      "is-locked": session.isLocked,
      "submitted-at": iso(session.submittedAt),
      "last-modified-at": iso(session.lastModifiedAt),
      "created-at": iso(session.createdAt),
      ...(audience === "full" ? { "complex-field-values": session.complexFieldValues } : {}),
    },
    relationships: {
      event: rel("event"),
      track: rel("track"),
      microlocation: rel("microlocation"),
      "session-type": rel("session-type"),
      speakers: rel("speakers"),
      creator: rel("creator"),
      ...relationships,
    },
    links: { self: `/v1/sessions/${session.id}` },
  };
}

export function speakerObject(speaker: Speaker, audience: Audience, relationships: Record<string, unknown> = {}) {
  const rel = (name: string) => relationshipLinks("speakers", speaker.id, name);
  return {
    type: "speaker",
    id: String(speaker.id),
    attributes: {
      name: speaker.name,
      ...(audience === "full" ? { email: speaker.email } : {}),
      "photo-url": speaker.photoUrl,
      "thumbnail-image-url": speaker.thumbnailImageUrl,
      "small-image-url": speaker.smallImageUrl,
      "icon-image-url": speaker.iconImageUrl,
      "short-biography": speaker.shortBiography,
      "long-biography": speaker.longBiography,
      "speaking-experience": speaker.speakingExperience,
      ...(audience === "full" ? { mobile: speaker.mobile } : {}),
      website: speaker.website,
      twitter: speaker.twitter,
      github: speaker.github,
      linkedin: speaker.linkedin,
      facebook: speaker.facebook,
      organisation: speaker.organisation,
      position: speaker.position,
      country: speaker.country,
      city: speaker.city,
      gender: speaker.gender,
      "is-featured": speaker.isFeatured,
      ...(audience === "full" ? { "complex-field-values": speaker.complexFieldValues } : {}),
    },
    relationships: {
      event: rel("event"),
      sessions: rel("sessions"),
      user: rel("user"),
      ...relationships,
    },
    links: { self: `/v1/speakers/${speaker.id}` },
  };
}

/** Relationship object with linkage, as in a response that includes it. */
export const linked = (path: string, id: number, name: string, data: unknown) => ({ ...relationshipLinks(path, id, name), data });
export const ref = (type: string, row: { id: number } | null) => (row ? { type, id: String(row.id) } : null);

export const trackObject = (track: Track) => ({
  type: "track",
  id: String(track.id),
  attributes: {
    name: track.name,
    description: track.description,
    color: track.color,
    "font-color": fontColor(track.color),
    position: track.position,
  },
  relationships: { event: relationshipLinks("tracks", track.id, "event"), sessions: relationshipLinks("tracks", track.id, "sessions") },
  links: { self: `/v1/tracks/${track.id}` },
});

export const microlocationObject = (room: Microlocation) => ({
  type: "microlocation",
  id: String(room.id),
  attributes: {
    name: room.name,
    floor: room.floor,
    room: room.room,
    latitude: room.latitude,
    longitude: room.longitude,
    position: room.position,
    "hidden-in-scheduler": room.hiddenInScheduler,
  },
  relationships: { event: relationshipLinks("microlocations", room.id, "event"), sessions: relationshipLinks("microlocations", room.id, "sessions") },
  links: { self: `/v1/microlocations/${room.id}` },
});

export const sessionTypeObject = (type: SessionType) => ({
  type: "session-type",
  id: String(type.id),
  attributes: { name: type.name, length: type.length, position: type.position },
  relationships: { event: relationshipLinks("session-types", type.id, "event"), sessions: relationshipLinks("session-types", type.id, "sessions") },
  links: { self: `/v1/session-types/${type.id}` },
});

export type CastMember = "organizer" | "speaker" | "otherOrganizer" | "admin" | "trackOrganizer" | "moderator" | "stranger";

/**
 * The people and content of the session route tests: an event with a published schedule, its
 * track, room and session type, the speakers Priya (a signed-up user) and Ben, and the API tokens
 * of its organizer, Priya's user, the organizer of another event, an admin, the organizer of
 * `track`, a moderator and a stranger.
 */
export async function sessionsCast(speakers: { priya?: Partial<CreateSpeakerInput>; ben?: Partial<CreateSpeakerInput> } = {}) {
  const organizer = await createUser();
  const otherOrganizer = await createUser();
  const trackOrganizer = await createUser();
  const moderator = await createUser();
  const speakerUser = await createUser();
  const event = await createEvent({ owner: organizer, schedulePublishedOn: new Date("2026-01-01T00:00:00Z") });
  await createEvent({ owner: otherOrganizer });
  const track = await createTrack({ event });
  await addRole(trackOrganizer, event, "track_organizer", { tracks: [track] });
  await addRole(moderator, event, "moderator");
  const room = await createMicrolocation({ event });
  const type = await createSessionType({ event });
  const priya = await createSpeaker({ event, name: "Priya", user: speakerUser, ...speakers.priya });
  const ben = await createSpeaker({ event, name: "Ben", ...speakers.ben });
  const tokens: Record<CastMember, string> = {
    organizer: await signApiToken(organizer),
    speaker: await signApiToken(speakerUser),
    otherOrganizer: await signApiToken(otherOrganizer),
    admin: await signApiToken(await createUser({ isAdmin: true })),
    trackOrganizer: await signApiToken(trackOrganizer),
    moderator: await signApiToken(moderator),
    stranger: await signApiToken(await createUser()),
  };
  return { event, track, room, type, priya, ben, speakerUser, tokens };
}
