import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Event } from "@/lib/generated/prisma/client";
import { newCalendarToken } from "@/lib/feeds/calendar-token";
import { starSession } from "@/lib/stars/star-session";
import { createEvent, createSession, createSpeaker, createUser } from "@/prisma/factories";
import { seed } from "@/prisma/seed";
import { GET as eventFeed } from "../events/[id]/calendar.ics/route";
import { GET as sessionFeed } from "../sessions/[id]/calendar.ics/route";
import { GET as speakerFeed } from "../speakers/[id]/calendar.ics/route";
import { GET as personalFeed } from "./[file]/route";

/**
 * The live feeds through their route handlers against the seeded demo event (`ots2027`: 31
 * accepted/confirmed scheduled sessions) plus factory-made events. The `.ics` URL forms are
 * rewrites (next.config.ts) tested end to end in e2e/public/schedule.spec.ts.
 */

type Handler<P extends string> = (request: Request, context: { params: Promise<Record<P, string>> }) => Promise<Response>;

async function fetchFeed<P extends string>(handler: Handler<P>, params: Record<P, string>, headers: Record<string, string> = {}) {
  const response = await handler(new Request("http://localhost/feed.ics", { headers }), { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
const getEvent = (id: string, headers?: Record<string, string>) => fetchFeed(eventFeed, { id }, headers);
const getPersonal = (token: string, headers?: Record<string, string>) => fetchFeed(personalFeed, { file: `${token}.ics` }, headers);

const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
const uids = (ics: string) => vevents(ics).map((event) => String(event.getFirstPropertyValue("uid")));

let demo: Event;
/** Every seeded speaker's email and mobile: none may appear in a feed. */
let secrets: string[];
let publicIds: number[];

beforeAll(async () => {
  await seed();
  demo = await db.event.findUniqueOrThrow({ where: { identifier: "ots2027" } });
  const speakers = await db.speaker.findMany({ select: { email: true, mobile: true } });
  secrets = speakers.flatMap((speaker) => [speaker.email, speaker.mobile]).filter((value): value is string => Boolean(value));
  publicIds = (
    await db.session.findMany({
      where: { eventId: demo.id, deletedAt: null, state: { in: ["accepted", "confirmed"] }, startsAt: { not: null } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true },
    })
  ).map((row) => row.id);
}, 120_000);

/** RFC 5545 §3.1: a CRLF followed by one space or tab is a fold and is removed on reading. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "");

/** Searches the unfolded text: a fold could otherwise split an address and hide it. */
function expectNoSecrets(text: string) {
  expect(secrets.length).toBeGreaterThan(30);
  const unfolded = unfold(text);
  for (const secret of secrets) expect(unfolded).not.toContain(secret);
}

describe("expectNoSecrets", () => {
  it("finds a speaker's address that a folded line splits", () => {
    const secret = secrets[0] as string;
    const folded = `BEGIN:VEVENT\r\nDESCRIPTION:Contact ${secret.slice(0, 3)}\r\n ${secret.slice(3)}\r\nEND:VEVENT\r\n`;
    expect(folded).not.toContain(secret);
    expect(() => expectNoSecrets(folded)).toThrow();
    expect(unfold(`A:ab\r\n\tcd\r\nB:ef\r\n`)).toBe("A:abcd\r\nB:ef\r\n");
  });
});

describe("GET /v1/events/{identifier}.ics", () => {
  it("serves every public session of a published event with caching headers", async () => {
    const { status, headers, text } = await getEvent("ots2027");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(headers.get("content-disposition")).toBe('inline; filename="ots2027.ics"');
    expect(headers.get("cache-control")).toBe("public, max-age=300");
    expect(headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(publicIds).toHaveLength(31);
    expect(uids(text)).toEqual(publicIds.map((id) => `${id}-ots2027`));

    // Last-Modified is the newest change of the shown rows; it is also every DTSTAMP.
    const [sessions, speakers, rooms, tracks, types] = await Promise.all([
      db.session.aggregate({ where: { eventId: demo.id }, _max: { updatedAt: true } }),
      db.speaker.aggregate({ where: { eventId: demo.id, sessions: { some: {} } }, _max: { updatedAt: true } }),
      db.microlocation.aggregate({ where: { eventId: demo.id, sessions: { some: {} } }, _max: { createdAt: true } }),
      db.track.aggregate({ where: { eventId: demo.id, sessions: { some: {} } }, _max: { createdAt: true } }),
      db.sessionType.aggregate({ where: { eventId: demo.id, sessions: { some: {} } }, _max: { createdAt: true } }),
    ]);
    const expected = Math.max(
      ...[demo.updatedAt, sessions._max.updatedAt, speakers._max.updatedAt, rooms._max.createdAt, tracks._max.createdAt, types._max.createdAt].map(
        (date) => date?.getTime() ?? 0,
      ),
    );
    expect(headers.get("last-modified")).toBe(new Date(Math.floor(expected / 1000) * 1000).toUTCString());
    const stamp = vevents(text)[0]?.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.toJSDate().getTime()).toBe(Math.floor(expected / 1000) * 1000);
  });

  it("renders identical bytes for identical data, also by numeric id", async () => {
    const first = await getEvent("ots2027");
    const second = await getEvent(String(demo.id));
    expect(second.text).toBe(first.text);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
  });

  it("answers If-None-Match with 304 and an empty body; If-Modified-Since likewise", async () => {
    const first = await getEvent("ots2027");
    const etag = first.headers.get("etag") ?? "";
    const revalidated = await getEvent("ots2027", { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe("");
    expect(revalidated.headers.get("etag")).toBe(etag);
    const byDate = await getEvent("ots2027", { "if-modified-since": first.headers.get("last-modified") ?? "" });
    expect(byDate.status).toBe(304);
    expect(byDate.text).toBe("");
  });

  it("changes body, ETag and Last-Modified when a session moves", async () => {
    const before = await getEvent("ots2027");
    // Last-Modified counts whole seconds: the move must fall in a later second than the last change.
    const wait = Date.parse(before.headers.get("last-modified") ?? "") + 1000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 5));
    const id = publicIds[0] as number;
    const session = await db.session.findUniqueOrThrow({ where: { id } });
    const hour = 60 * 60 * 1000;
    await db.session.update({
      where: { id },
      data: { startsAt: new Date(session.startsAt!.getTime() + hour), endsAt: new Date(session.endsAt!.getTime() + hour) },
    });
    try {
      const after = await getEvent("ots2027");
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
      expect(after.text).not.toBe(before.text);
      expect(Date.parse(after.headers.get("last-modified") ?? "")).toBeGreaterThan(Date.parse(before.headers.get("last-modified") ?? ""));
      const moved = vevents(after.text).find((event) => event.getFirstPropertyValue("uid") === `${id}-ots2027`);
      expect((moved?.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().getTime()).toBe(session.startsAt!.getTime() + hour);
      // The client's old copy is no longer current.
      expect((await getEvent("ots2027", { "if-none-match": before.headers.get("etag") ?? "" })).status).toBe(200);
    } finally {
      await db.session.update({ where: { id }, data: { startsAt: session.startsAt, endsAt: session.endsAt } });
    }
  });

  it("is 404 for drafts, private, deleted and unknown events", async () => {
    const draft = await createEvent({ state: "draft", schedulePublishedOn: new Date() });
    const hidden = await createEvent({ state: "published", privacy: "private", schedulePublishedOn: new Date() });
    const deleted = await createEvent({ state: "published", deletedAt: new Date(), schedulePublishedOn: new Date() });
    for (const event of [draft, hidden, deleted]) {
      await createSession({ event, state: "confirmed" });
      expect((await getEvent(event.identifier)).status).toBe(404);
    }
    const missing = await getEvent("no-such-event");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).errors[0].code).toBe("NOT_FOUND");
  });

  it("has no session before the schedule is published", async () => {
    const event = await createEvent({ state: "published", schedulePublishedOn: null });
    await createSession({ event, state: "confirmed" });
    const { status, text } = await getEvent(event.identifier);
    expect(status).toBe(200);
    expect(vevents(text)).toHaveLength(0);
  });

  it("never contains a speaker's email or mobile", async () => {
    expectNoSecrets((await getEvent("ots2027")).text);
  });
});

describe("GET /v1/sessions/{id}.ics and /v1/speakers/{id}.ics", () => {
  it("serves one public session", async () => {
    const id = publicIds[3] as number;
    const { status, headers, text } = await fetchFeed(sessionFeed, { id: String(id) });
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toBe(`inline; filename="ots2027-session-${id}.ics"`);
    expect(uids(text)).toEqual([`${id}-ots2027`]);
    expectNoSecrets(text);
    const again = await fetchFeed(sessionFeed, { id: String(id) }, { "if-none-match": headers.get("etag") ?? "" });
    expect(again.status).toBe(304);
  });

  it("is 404 for sessions the public may not see", async () => {
    const hidden = await db.session.findFirstOrThrow({ where: { eventId: demo.id, state: { in: ["pending", "draft", "rejected"] } } });
    for (const id of [String(hidden.id), "999999", "abc"]) expect((await fetchFeed(sessionFeed, { id })).status).toBe(404);
  });

  it("serves a speaker's public sessions only", async () => {
    const speaker = await db.speaker.findFirstOrThrow({
      where: { eventId: demo.id, sessions: { some: { session: { state: { in: ["accepted", "confirmed"] }, deletedAt: null } } } },
      include: { sessions: { include: { session: true } } },
    });
    const expected = speaker.sessions
      .map((link) => link.session)
      .filter((session) => ["accepted", "confirmed"].includes(session.state) && !session.deletedAt && session.startsAt)
      .map((session) => `${session.id}-ots2027`);
    const { status, headers, text } = await fetchFeed(speakerFeed, { id: String(speaker.id) });
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toBe(`inline; filename="ots2027-speaker-${speaker.id}.ics"`);
    expect(uids(text).sort()).toEqual(expected.sort());
    expect(text).toContain(`X-WR-CALNAME:${speaker.name} at Open Tech Summit 2027`);
    expectNoSecrets(text);
  });

  it("is 404 for a speaker without public sessions", async () => {
    const event = await db.event.findUniqueOrThrow({ where: { id: demo.id } });
    const loner = await createSpeaker({ event });
    await createSession({ event, state: "pending", speakers: [loner] });
    expect((await fetchFeed(speakerFeed, { id: String(loner.id) })).status).toBe(404);
  });
});

describe("GET /v1/calendar/{token}.ics", () => {
  it("shows only the owner's starred public sessions, across events, and follows the token", async () => {
    const token = newCalendarToken();
    const user = await createUser({ calendarToken: token });
    const actor = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
    const [first, second] = publicIds as [number, number];
    await starSession(actor, first);
    await starSession(actor, second);
    // A second event in another zone, with one starred public session.
    const other = await createEvent({
      state: "published",
      timezone: "Europe/Berlin",
      schedulePublishedOn: new Date(),
      startsAt: new Date("2027-06-01T07:00:00Z"),
      endsAt: new Date("2027-06-02T16:00:00Z"),
    });
    const abroad = await createSession({ event: other, state: "confirmed" });
    await starSession(actor, abroad.id);
    // Stars the public cannot see (written directly: the API refuses them) stay out of the feed.
    const pending = await db.session.findFirstOrThrow({ where: { eventId: demo.id, state: "pending" } });
    await db.sessionStar.create({ data: { userId: user.id, sessionId: pending.id } });
    // Someone else's star does not show either.
    const stranger = await createUser();
    await starSession({ ...actor, id: stranger.id, email: stranger.email }, publicIds[5] as number);

    const { status, headers, text } = await getPersonal(token);
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("private, max-age=300");
    expect(headers.get("content-disposition")).toBe('inline; filename="starred-sessions.ics"');
    expect(uids(text).sort()).toEqual([`${first}-ots2027`, `${second}-ots2027`, `${abroad.id}-${other.identifier}`].sort());
    const zones = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"));
    expect(zones.sort()).toEqual(["Asia/Singapore", "Europe/Berlin"]);
    expect(text).toContain("X-WR-CALNAME:My starred sessions (Open Event)");
    expect(text).not.toContain(String(user.id) + "@");
    expectNoSecrets(text);

    const etag = headers.get("etag") ?? "";
    expect((await getPersonal(token, { "if-none-match": etag })).status).toBe(304);

    // Rotating revokes the old URL.
    const rotated = newCalendarToken();
    await db.user.update({ where: { id: user.id }, data: { calendarToken: rotated } });
    expect((await getPersonal(token)).status).toBe(404);
    expect(uids((await getPersonal(rotated)).text)).toEqual(uids(text));
  });

  it("is an empty, valid calendar without stars", async () => {
    const token = newCalendarToken();
    await createUser({ calendarToken: token });
    const { status, text } = await getPersonal(token);
    expect(status).toBe(200);
    expect(vevents(text)).toHaveLength(0);
    expect(text).toBe(
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Open Event//Open Event Schedule//EN\r\nNAME:My starred sessions (Open Event)\r\n" +
        "X-WR-CALNAME:My starred sessions (Open Event)\r\nX-WR-CALDESC:Sessions you starred on Open Event\r\nEND:VCALENDAR\r\n",
    );
  });

  it("is 404 for unknown, malformed and deleted users' tokens", async () => {
    const token = newCalendarToken();
    await createUser({ calendarToken: token, deletedAt: new Date() });
    for (const file of [`${token}.ics`, `${newCalendarToken()}.ics`, "short.ics", token]) {
      expect((await fetchFeed(personalFeed, { file })).status).toBe(404);
    }
  });
});
