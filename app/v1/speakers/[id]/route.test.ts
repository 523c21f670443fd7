import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { DELETED, failure, onePage, params, read, request, single } from "@/lib/testing/api";
import { db, queryCount } from "@/lib/db";
import type { Event, Session, Speaker } from "@/lib/generated/prisma/client";
import { linked, ref, sessionObject, speakerObject } from "@/lib/testing/session-documents";
import { addRole, createEvent, createSession, createSpeaker, createTrack, createUser } from "@/prisma/factories";
import * as eventSpeakers from "../../events/[id]/speakers/route";
import { GET as getEvent } from "../../events/[id]/route";
import { DELETE, GET, PATCH } from "./route";

/**
 * Speakers: `/v1/events/{id}/speakers`, `/v1/speakers/{id}` and the event's `include=speakers`.
 * The public sees speakers with a public session, never their email, mobile or form answers.
 */

let event: Event;
let priya: Speaker;
let ben: Speaker;
let quiet: Speaker;
let accepted: Session;
let speakerUser: { id: number; email: string };
let tokens: Record<"organizer" | "speaker" | "otherOrganizer" | "admin" | "moderator" | "stranger", string>;

beforeAll(async () => {
  const organizer = await createUser();
  const otherOrganizer = await createUser();
  const moderator = await createUser();
  speakerUser = await createUser();
  event = await createEvent({ owner: organizer, schedulePublishedOn: new Date("2026-01-01T00:00:00Z") });
  await createEvent({ owner: otherOrganizer });
  await addRole(moderator, event, "moderator");
  priya = await createSpeaker({ event, name: "Priya", user: speakerUser, mobile: "+65 8000 0000", complexFieldValues: { diet: "vegan" } });
  ben = await createSpeaker({ event, name: "Ben", mobile: "+65 8000 0001" });
  // Only a rejected proposal: not public.
  quiet = await createSpeaker({ event, name: "Quiet" });
  accepted = await createSession({ event, speakers: [priya, ben] });
  await createSession({ event, state: "rejected", speakers: [quiet] });
  tokens = {
    organizer: await signApiToken(organizer),
    speaker: await signApiToken(speakerUser),
    otherOrganizer: await signApiToken(otherOrganizer),
    admin: await signApiToken(await createUser({ isAdmin: true })),
    moderator: await signApiToken(moderator),
    stranger: await signApiToken(await createUser()),
  };
});

const listPath = () => `/v1/events/${event.id}/speakers`;
const list = async (token?: string, query = "", key: string | number = event.id) =>
  read(await eventSpeakers.GET(request("GET", `/v1/events/${key}/speakers${query}`, { token }), params({ id: key })));
const get = async (speaker: Speaker, token?: string, query = "") =>
  read(await GET(request("GET", `/v1/speakers/${speaker.id}${query}`, { token }), params({ id: speaker.id })));
const patch = async (speaker: Speaker, attributes: Record<string, unknown>, token?: string, extra: Record<string, unknown> = {}) =>
  read(
    await PATCH(
      request("PATCH", `/v1/speakers/${speaker.id}`, { token, body: { data: { type: "speaker", id: String(speaker.id), attributes, ...extra } } }),
      params({ id: speaker.id }),
    ),
  );
const reload = (speaker: Speaker) => db.speaker.findUniqueOrThrow({ where: { id: speaker.id } });
const NOT_FOUND = failure(404, "Speaker not found");

describe("GET /v1/events/{id}/speakers", () => {
  it("lists speakers with a public session, without contact details, to the public", async () => {
    const expected = { status: 200, body: onePage(listPath(), [speakerObject(ben, "public"), speakerObject(priya, "public")]) };
    for (const token of [undefined, tokens.stranger, tokens.otherOrganizer]) expect(await list(token)).toEqual(expected);
  });

  it("shows the speaker their own profile whole", async () => {
    expect(await list(tokens.speaker)).toEqual({ status: 200, body: onePage(listPath(), [speakerObject(ben, "public"), speakerObject(priya, "full")]) });
  });

  it("lists everyone, whole, to staff and admins", async () => {
    const all = onePage(listPath(), [ben, priya, quiet].map((speaker) => speakerObject(speaker, "full")));
    for (const token of [tokens.organizer, tokens.moderator, tokens.admin]) expect(await list(token)).toEqual({ status: 200, body: all });
  });

  it("lists a track organizer the speakers of their track and the public ones, without contact details", async () => {
    const track = await createTrack({ event });
    const reviewer = await createUser();
    await addRole(reviewer, event, "track_organizer", { tracks: [track] });
    const tara = await createSpeaker({ event, name: "Tara", mobile: "+65 8000 0002" });
    const proposal = await createSession({ event, state: "pending", startsAt: null, track, speakers: [tara] });
    // Quiet's rejected proposal has no track: neither Quiet nor it are the reviewer's.
    const { status, body } = await list(await signApiToken(reviewer), "?include=sessions");
    const sessionsOf = (speaker: Speaker, sessions: Session[]) => ({ sessions: linked("speakers", speaker.id, "sessions", sessions.map((row) => ref("session", row))) });
    expect({ status, data: body.data, included: body.included }).toEqual({
      status: 200,
      data: [
        speakerObject(ben, "public", sessionsOf(ben, [accepted])),
        speakerObject(priya, "public", sessionsOf(priya, [accepted])),
        speakerObject(tara, "public", sessionsOf(tara, [proposal])),
      ],
      // Their track's proposal whole; the public session of no track as the public sees it.
      included: [sessionObject(accepted, "public"), sessionObject(proposal, "full")],
    });
    // Leave the shared event as the other tests expect it.
    await db.session.update({ where: { id: proposal.id }, data: { deletedAt: new Date() } });
    await db.speaker.update({ where: { id: tara.id }, data: { deletedAt: new Date() } });
  });

  it("includes their sessions, scoped", async () => {
    const { body } = await list(undefined, "?include=sessions");
    expect(body.data).toEqual([
      speakerObject(ben, "public", { sessions: linked("speakers", ben.id, "sessions", [ref("session", accepted)]) }),
      speakerObject(priya, "public", { sessions: linked("speakers", priya.id, "sessions", [ref("session", accepted)]) }),
    ]);
    expect(body.included).toEqual([sessionObject(accepted, "public")]);
  });

  it("answers 404 for a draft event to another event's organizer", async () => {
    const draft = await createEvent({ state: "draft" });
    await createSpeaker({ event: draft });
    expect(await list(tokens.otherOrganizer, "", draft.id)).toEqual(failure(404, "Event not found"));
  });

  it("has no email filter or sort for anyone to probe with", async () => {
    expect((await list(undefined, `?filter[email]=${encodeURIComponent(priya.email ?? "")}`)).status).toBe(400);
    expect((await list(undefined, "?sort=email")).status).toBe(400);
  });

  it("loads speakers with their sessions in the same number of queries for 1 and 100 speakers", async () => {
    const big = await createEvent({ schedulePublishedOn: new Date() });
    const add = async () => {
      const speaker = await createSpeaker({ event: big });
      await createSession({ event: big, speakers: [speaker] });
    };
    const measure = async (token?: string) => {
      const before = queryCount();
      const { body } = await list(token, "?include=sessions&page[size]=100", big.id);
      return { queries: queryCount() - before, speakers: (body.data as unknown[]).length };
    };
    await add();
    const one = await measure(tokens.organizer);
    // Anonymous: the stamp of the event's schedule (lib/api/anonymous-copies.ts), then as it changed: event
    // lookup, count, speakers, session links, sessions.
    expect(await measure()).toEqual({ queries: 6, speakers: 1 });
    for (let i = 0; i < 99; i++) await add();
    expect(await measure()).toEqual({ queries: 6, speakers: 100 });
    // Unchanged since: the stamp alone.
    expect(await measure()).toEqual({ queries: 1, speakers: 100 });
    expect(await measure(tokens.organizer)).toEqual({ ...one, speakers: 100 });
  });
});

describe("POST /v1/events/{id}/speakers", () => {
  const post = async (attributes: Record<string, unknown>, token?: string, extra: Record<string, unknown> = {}) =>
    read(await eventSpeakers.POST(request("POST", listPath(), { token, body: { data: { type: "speaker", attributes, ...extra } } }), params({ id: event.id })));
  const latest = () => db.speaker.findFirstOrThrow({ orderBy: { id: "desc" } });

  it("creates the caller's own profile, with their email by default", async () => {
    const user = await createUser();
    const response = await post({ name: "New Speaker", "short-biography": "Hi" }, await signApiToken(user));
    const stored = await latest();
    expect([stored.userId, stored.email, stored.name]).toEqual([user.id, user.email, "New Speaker"]);
    expect(response).toEqual({ status: 201, body: single(speakerObject(stored, "full"), `/v1/speakers/${stored.id}`) });
  });

  it("lets organizers create any profile and link it to a user", async () => {
    const user = await createUser();
    const response = await post({ name: "Invited", email: "invited@example.test", "is-featured": true }, tokens.organizer, {
      relationships: { user: { data: { type: "user", id: String(user.id) } } },
    });
    const stored = await latest();
    expect([stored.userId, stored.isFeatured]).toEqual([user.id, true]);
    expect(response).toEqual({ status: 201, body: single(speakerObject(stored, "full"), `/v1/speakers/${stored.id}`) });
  });

  it("refuses anonymous callers, other people's accounts, featuring and bad input", async () => {
    const before = await db.speaker.count();
    expect(await post({ name: "X" })).toEqual(failure(401, "Sign in to create a speaker profile"));
    expect(await post({ name: "X" }, tokens.stranger, { relationships: { user: { data: { type: "user", id: String(speakerUser.id) } } } })).toEqual(
      failure(403, ["You can only create your own speaker profile", "/data/relationships/user"]),
    );
    expect(await post({ name: "X", "is-featured": true }, tokens.stranger)).toEqual(failure(403, ["Only organizers can change is-featured", "/data/attributes/is-featured"]));
    expect(await post({ name: "X", email: "nope" }, tokens.organizer)).toEqual(failure(422, ["Must be an email address", "/data/attributes/email"]));
    expect(await post({ name: "" }, tokens.organizer)).toEqual(failure(422, ["Name is required", "/data/attributes/name"]));
    expect(await db.speaker.count()).toBe(before);
  });
});

describe("/v1/speakers/{id}", () => {
  it("answers per audience", async () => {
    for (const token of [undefined, tokens.stranger, tokens.otherOrganizer]) {
      expect(await get(priya, token)).toEqual({ status: 200, body: single(speakerObject(priya, "public"), `/v1/speakers/${priya.id}`) });
      expect(await get(quiet, token)).toEqual(NOT_FOUND);
    }
    for (const token of [tokens.speaker, tokens.organizer, tokens.moderator, tokens.admin]) {
      expect(await get(priya, token)).toEqual({ status: 200, body: single(speakerObject(priya, "full"), `/v1/speakers/${priya.id}`) });
    }
    expect(await get(quiet, tokens.speaker)).toEqual(NOT_FOUND);
    expect((await get(quiet, tokens.organizer)).status).toBe(200);
  });

  it("lets the speaker edit their own profile, contact details included, but not featuring", async () => {
    const response = await patch(priya, { email: "priya@new.example", mobile: "+65 9999 9999", city: "Penang" }, tokens.speaker);
    const stored = await reload(priya);
    expect([stored.email, stored.mobile, stored.city]).toEqual(["priya@new.example", "+65 9999 9999", "Penang"]);
    expect(response).toEqual({ status: 200, body: single(speakerObject(stored, "full"), `/v1/speakers/${priya.id}`) });
    expect(await patch(priya, { "is-featured": true }, tokens.speaker)).toEqual(failure(403, ["Only organizers can change is-featured", "/data/attributes/is-featured"]));
  });

  it("lets organizers change any profile; a new photo drops the derived sizes", async () => {
    await db.speaker.update({ where: { id: ben.id }, data: { photoUrl: "/a.png", thumbnailImageUrl: "/a-t.png", smallImageUrl: "/a-s.png", iconImageUrl: "/a-i.png" } });
    expect((await patch(ben, { "photo-url": "/b.png", "is-featured": true }, tokens.organizer)).status).toBe(200);
    const stored = await reload(ben);
    expect([stored.photoUrl, stored.thumbnailImageUrl, stored.smallImageUrl, stored.iconImageUrl, stored.isFeatured]).toEqual(["/b.png", null, null, null, true]);
  });

  it("refuses everyone else", async () => {
    for (const token of [undefined, tokens.stranger, tokens.moderator, tokens.otherOrganizer]) {
      expect(await patch(ben, { name: "X" }, token)).toEqual(failure(403, "You may not change this speaker"));
    }
    expect(await patch(quiet, { name: "X" }, tokens.otherOrganizer)).toEqual(NOT_FOUND);
    expect((await reload(quiet)).name).toBe("Quiet");
  });

  it("deletes for organizers only", async () => {
    const gone = await createSpeaker({ event });
    await createSession({ event, speakers: [gone] });
    const remove = async (token?: string) => read(await DELETE(request("DELETE", `/v1/speakers/${gone.id}`, { token }), params({ id: gone.id })));
    for (const token of [undefined, tokens.stranger, tokens.moderator]) expect(await remove(token)).toEqual(failure(403, "You may not delete this speaker"));
    expect(await remove(tokens.organizer)).toEqual(DELETED);
    expect(await get(gone, tokens.organizer)).toEqual(NOT_FOUND);
  });
});

describe("GET /v1/events/{id}?include=sessions,speakers", () => {
  it("embeds the public sessions and speakers only", async () => {
    const { status, body } = await read(await getEvent(request("GET", `/v1/events/${event.id}?include=sessions,speakers`), params({ id: event.id })));
    expect(status).toBe(200);
    const included = body.included as { type: string; id: string; attributes: Record<string, unknown> }[];
    const sessionIds = included.filter((item) => item.type === "session").map((item) => item.id);
    const speakers = included.filter((item) => item.type === "speaker");
    const publicSessions = await db.session.findMany({ where: { eventId: event.id, state: { in: ["accepted", "confirmed"] }, deletedAt: null }, select: { id: true } });
    expect(sessionIds.sort()).toEqual(publicSessions.map((s) => String(s.id)).sort());
    expect(speakers.map((item) => item.id)).not.toContain(String(quiet.id));
    for (const speaker of speakers) expect(Object.keys(speaker.attributes)).not.toEqual(expect.arrayContaining(["email"]));
    const organizerView = await read(
      await getEvent(request("GET", `/v1/events/${event.id}?include=sessions,speakers`, { token: tokens.organizer }), params({ id: event.id })),
    );
    const organizerSpeakers = (organizerView.body.included as { type: string; id: string; attributes: Record<string, unknown> }[]).filter((item) => item.type === "speaker");
    expect(organizerSpeakers.map((item) => item.id)).toContain(String(quiet.id));
    expect(organizerSpeakers.every((item) => "email" in item.attributes)).toBe(true);
  });
});
