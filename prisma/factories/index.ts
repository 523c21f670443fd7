/**
 * Test-data factories shared by vitest integration tests and Playwright e2e fixtures. They use
 * only the Prisma client and plain data (no test-runner imports) so that e2e setup code running
 * outside vitest can call them too. Every factory takes an optional client as its last argument,
 * so it can run inside a transaction.
 *
 * Defaults describe the common case a test wants to see (a verified user, a published public
 * event, an accepted scheduled session); a test about another case says so explicitly, which
 * keeps negative tests readable (`createSession({ event, state: "draft" })`).
 */
import { randomBytes } from "node:crypto";
import { DateTime, Duration } from "luxon";
import { db, type Tx } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { defaultFormRows } from "../../lib/custom-forms/fields";
import type {
  CustomForm,
  CustomFormOption,
  Event,
  EventSubTopic,
  EventTopic,
  EventType,
  Microlocation,
  Prisma,
  RoleName,
  Session,
  SessionType,
  SocialLink,
  Speaker,
  SpeakersCall,
  Sponsor,
  Ticket,
  Track,
  User,
  UsersEventsRoles,
} from "../../lib/generated/prisma/client";

export const DEFAULT_PASSWORD = "password123";

/**
 * Unique suffixes: a per-process random prefix keeps parallel Playwright workers, which share one
 * database, from colliding on unique columns (emails, identifiers, slugs).
 */
const RUN = randomBytes(3).toString("hex");
let sequence = 0;
function unique(): string {
  sequence += 1;
  return `${RUN}${sequence}`;
}

/** bcrypt costs ~50 ms; one hash per distinct password per process keeps factories fast. */
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

/**
 * Role ids come from a migration and never change within a database; looking them up once per
 * process saves a query per role grant. Keyed by client because a test may use several.
 */
const roleIdCache = new WeakMap<object, Promise<Map<RoleName, number>>>();
async function roleId(client: Tx, name: RoleName): Promise<number> {
  // The shared `db` is a proxy whose identity is stable, so it caches like any other client.
  let roles = roleIdCache.get(client);
  if (!roles) {
    roles = client.role.findMany({ select: { id: true, name: true } }).then((rows) => new Map(rows.map((r) => [r.name, r.id])));
    roleIdCache.set(client, roles);
  }
  const id = (await roles).get(name);
  if (id === undefined) {
    roleIdCache.delete(client);
    throw new Error(`Role "${name}" is missing; are the migrations applied?`);
  }
  return id;
}

type Ref = { id: number };
type Overrides<T> = Partial<T>;

/** "HH:MM" → minutes (the SessionType.length format). */
export function lengthToMinutes(length: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(length);
  if (!match) throw new Error(`Invalid session length "${length}", expected HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

// ---------------------------------------------------------------------------------------------
// Users and roles

export interface CreateUserInput extends Overrides<Omit<Prisma.UserUncheckedCreateInput, "passwordHash">> {
  password?: string;
}

/** A verified user with a unique email; returns the row and the plain password to sign in with. */
export async function createUser(
  input: CreateUserInput = {},
  client: Tx = db,
): Promise<User & { password: string }> {
  const { password = DEFAULT_PASSWORD, ...overrides } = input;
  const n = unique();
  const user = await client.user.create({
    data: {
      email: `user-${n}@example.test`,
      firstName: "Test",
      lastName: `User ${n}`,
      isVerified: true,
      ...overrides,
      passwordHash: await hashOnce(password),
    },
  });
  return { ...user, password };
}

export interface AddRoleOptions {
  /** For `track_organizer`: the tracks (of the same event) they organize. */
  tracks?: Ref[];
}

/** Grants `user` the role `roleName` on `event` (a track organizer with the given tracks). */
export async function addRole(
  user: Ref,
  event: Ref,
  roleName: RoleName,
  options: AddRoleOptions = {},
  client: Tx = db,
): Promise<UsersEventsRoles> {
  const { tracks = [] } = options;
  if (tracks.length && roleName !== "track_organizer") throw new Error(`Only track organizers have tracks, not ${roleName}`);
  const row = await client.usersEventsRoles.create({
    data: { userId: user.id, eventId: event.id, roleId: await roleId(client, roleName) },
  });
  if (tracks.length) {
    await client.trackAssignment.createMany({
      data: tracks.map((track) => ({ usersEventsRoleId: row.id, eventId: event.id, trackId: track.id })),
    });
  }
  return row;
}

// ---------------------------------------------------------------------------------------------
// Taxonomy

export async function createEventTopic(
  input: Overrides<Prisma.EventTopicUncheckedCreateInput> = {},
  client: Tx = db,
): Promise<EventTopic> {
  const n = unique();
  return client.eventTopic.create({
    data: { name: `Topic ${n}`, slug: `topic-${n}`, systemImageUrl: "/images/topics/other.svg", ...input },
  });
}

export async function createEventSubTopic(
  input: { topic: Ref } & Overrides<Omit<Prisma.EventSubTopicUncheckedCreateInput, "eventTopicId">>,
  client: Tx = db,
): Promise<EventSubTopic> {
  const { topic, ...overrides } = input;
  const n = unique();
  return client.eventSubTopic.create({
    data: { name: `Sub-topic ${n}`, slug: `sub-topic-${n}`, eventTopicId: topic.id, ...overrides },
  });
}

export async function createEventType(
  input: Overrides<Prisma.EventTypeUncheckedCreateInput> = {},
  client: Tx = db,
): Promise<EventType> {
  const n = unique();
  return client.eventType.create({ data: { name: `Type ${n}`, slug: `type-${n}`, ...input } });
}

// ---------------------------------------------------------------------------------------------
// Events

export interface CreateEventInput extends Overrides<Prisma.EventUncheckedCreateInput> {
  /** Gets the `owner` role and becomes the creator. Without one the event has no roles at all. */
  owner?: Ref;
}

/**
 * A published, public two-day event 30 days from now (09:00 on day one to 18:00 on day two in
 * its zone, Asia/Singapore by default so that code ignoring the event zone shows up in tests).
 */
export async function createEvent(input: CreateEventInput = {}, client: Tx = db): Promise<Event> {
  const { owner, ...overrides } = input;
  const timezone = overrides.timezone ?? "Asia/Singapore";
  const day = DateTime.now().setZone(timezone).startOf("day").plus({ days: 30 });
  const n = unique();
  return client.event.create({
    data: {
      identifier: `e${n}`,
      name: `Test Event ${n}`,
      startsAt: day.set({ hour: 9 }).toJSDate(),
      endsAt: day.plus({ days: 1 }).set({ hour: 18 }).toJSDate(),
      timezone,
      locationName: "Test Venue, 1 Example Road",
      description: "An event created by a test factory.",
      email: `info-${n}@example.test`,
      state: "published",
      privacy: "public",
      creatorId: owner?.id ?? null,
      ...overrides,
      ...(owner ? { roles: { create: [{ userId: owner.id, roleId: await roleId(client, "owner") }] } } : {}),
      // As every event the app creates: the default session and speaker form fields.
      customForms: { createMany: { data: defaultFormRows() } },
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Event content

type EventChild<T> = { event: Ref } & Overrides<Omit<T, "eventId">>;

export async function createMicrolocation(
  input: EventChild<Prisma.MicrolocationUncheckedCreateInput>,
  client: Tx = db,
): Promise<Microlocation> {
  const { event, ...overrides } = input;
  return client.microlocation.create({ data: { eventId: event.id, name: `Room ${unique()}`, ...overrides } });
}

export async function createTrack(input: EventChild<Prisma.TrackUncheckedCreateInput>, client: Tx = db): Promise<Track> {
  const { event, ...overrides } = input;
  return client.track.create({ data: { eventId: event.id, name: `Track ${unique()}`, color: "#2563eb", ...overrides } });
}

export async function createSessionType(
  input: EventChild<Prisma.SessionTypeUncheckedCreateInput>,
  client: Tx = db,
): Promise<SessionType> {
  const { event, ...overrides } = input;
  return client.sessionType.create({ data: { eventId: event.id, name: `Talk ${unique()}`, length: "00:30", ...overrides } });
}

export interface CreateSpeakerInput extends EventChild<Prisma.SpeakerUncheckedCreateInput> {
  /** Links the speaker profile to a user account. */
  user?: Ref;
}

export async function createSpeaker(input: CreateSpeakerInput, client: Tx = db): Promise<Speaker> {
  const { event, user, ...overrides } = input;
  const n = unique();
  return client.speaker.create({
    data: {
      eventId: event.id,
      name: `Speaker ${n}`,
      email: `speaker-${n}@example.test`,
      shortBiography: "Speaks at test events.",
      organisation: "Example Org",
      userId: user?.id ?? null,
      ...overrides,
    },
  });
}

export interface CreateSessionInput
  extends EventChild<Omit<Prisma.SessionUncheckedCreateInput, "trackId" | "microlocationId" | "sessionTypeId" | "speakers">> {
  /** With `startsAt`, the default start is the event's start (pass the whole event row). */
  event: Ref & Partial<Pick<Event, "startsAt">>;
  speakers?: Ref[];
  track?: Ref | null;
  microlocation?: Ref | null;
  /** With `length`, the default end is start + length (pass the whole session-type row). */
  sessionType?: (Ref & Partial<Pick<SessionType, "length">>) | null;
  /** `null` leaves the session unscheduled. */
  startsAt?: Date | null;
  endsAt?: Date | null;
}

/**
 * An accepted session, scheduled at the event's start when the event row carries `startsAt`,
 * lasting its session type's length (30 minutes without one), with the given speakers linked.
 */
export async function createSession(input: CreateSessionInput, client: Tx = db): Promise<Session> {
  const { event, speakers = [], track, microlocation, sessionType, ...overrides } = input;
  const startsAt = overrides.startsAt === undefined ? (event.startsAt ?? null) : overrides.startsAt;
  const minutes = sessionType?.length ? lengthToMinutes(sessionType.length) : 30;
  const endsAt =
    overrides.endsAt !== undefined
      ? overrides.endsAt
      : startsAt && new Date(startsAt.getTime() + Duration.fromObject({ minutes }).toMillis());
  return client.session.create({
    data: {
      title: `Session ${unique()}`,
      shortAbstract: "A session created by a test factory.",
      language: "English",
      state: "accepted",
      submittedAt: new Date(),
      ...overrides,
      eventId: event.id,
      startsAt,
      endsAt: endsAt ?? null,
      trackId: track?.id ?? null,
      microlocationId: microlocation?.id ?? null,
      sessionTypeId: sessionType?.id ?? null,
      ...(speakers.length ? { speakers: { createMany: { data: speakers.map((s) => ({ speakerId: s.id })) } } } : {}),
    },
  });
}

export async function createSponsor(input: EventChild<Prisma.SponsorUncheckedCreateInput>, client: Tx = db): Promise<Sponsor> {
  const { event, ...overrides } = input;
  const n = unique();
  return client.sponsor.create({
    data: { eventId: event.id, name: `Sponsor ${n}`, url: `https://sponsor-${n}.example`, level: 1, type: "Gold", ...overrides },
  });
}

export async function createSocialLink(
  input: EventChild<Prisma.SocialLinkUncheckedCreateInput>,
  client: Tx = db,
): Promise<SocialLink> {
  const { event, ...overrides } = input;
  const n = unique();
  return client.socialLink.create({
    data: { eventId: event.id, name: "Website", link: `https://event-${n}.example`, identifier: "website", ...overrides },
  });
}

/** A free ticket on sale from now until 30 days from now. */
export async function createTicket(input: EventChild<Prisma.TicketUncheckedCreateInput>, client: Tx = db): Promise<Ticket> {
  const { event, ...overrides } = input;
  const now = DateTime.now();
  return client.ticket.create({
    data: {
      eventId: event.id,
      name: `Ticket ${unique()}`,
      type: "free",
      price: 0,
      quantity: 100,
      salesStartsAt: now.toJSDate(),
      salesEndsAt: now.plus({ days: 30 }).toJSDate(),
      ...overrides,
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Forms and the call for speakers

/**
 * A custom (not built-in) field of an event's session form, included and optional, with the
 * given option values. The event's public answers are not recomputed: write answers through the
 * services, or call refreshPublicAnswers (lib/custom-forms/public-answers.ts).
 */
export async function createCustomForm(
  input: { event: Ref; options?: string[] } & Overrides<Omit<Prisma.CustomFormUncheckedCreateInput, "eventId" | "options">>,
  client: Tx = db,
): Promise<CustomForm & { options: CustomFormOption[] }> {
  const { event, options = [], ...overrides } = input;
  const n = unique();
  return client.customForm.create({
    data: {
      eventId: event.id,
      form: "session",
      fieldIdentifier: `field${n}`,
      name: `Field ${n}`,
      type: options.length ? "select" : "text",
      isIncluded: true,
      isComplex: true,
      position: 100,
      ...overrides,
      options: { create: options.map((value, position) => ({ value, position })) },
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
}

/** A public call for speakers open from a day ago until 30 days from now. */
export async function createSpeakersCall(
  input: { event: Ref } & Overrides<Omit<Prisma.SpeakersCallUncheckedCreateInput, "eventId">>,
  client: Tx = db,
): Promise<SpeakersCall> {
  const { event, ...overrides } = input;
  const now = DateTime.now();
  return client.speakersCall.create({
    data: {
      eventId: event.id,
      announcement: "<p>Send us your talks</p>",
      startsAt: now.minus({ days: 1 }).toJSDate(),
      endsAt: now.plus({ days: 30 }).toJSDate(),
      privacy: "public",
      hash: `call-hash-${unique()}-${randomBytes(8).toString("hex")}`,
      ...overrides,
    },
  });
}
