import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { params, request } from "@/lib/testing/api";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";
import { seed } from "@/prisma/seed";
import * as eventItem from "../events/[id]/route";
import * as eventSessions from "../events/[id]/sessions/route";
import * as eventSpeakers from "../events/[id]/speakers/route";
import * as speakerItem from "../speakers/[id]/route";
import * as speakerSessions from "../speakers/[id]/sessions/route";
import * as linkage from "./[id]/relationships/speakers/route";
import * as sessionItem from "./[id]/route";
import * as sessionSpeakers from "./[id]/speakers/route";

/**
 * Every public response about the seeded demo event, fetched as an anonymous client and as a
 * signed-in user without a role, must not contain any speaker's email address or phone number
 * anywhere (attributes, includes, links), whatever include paths a client asks for.
 */

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

let eventId: number;
let secrets: string[];
let sessionIds: number[];
let speakerIds: number[];

beforeAll(async () => {
  await seed();
  const event = await db.event.findUniqueOrThrow({ where: { identifier: "ots2027" } });
  eventId = event.id;
  const speakers = await db.speaker.findMany({ where: { eventId }, select: { email: true, mobile: true } });
  secrets = speakers.flatMap((speaker) => [speaker.email, speaker.mobile]).filter((value): value is string => Boolean(value));
  sessionIds = (await db.session.findMany({ where: { eventId }, select: { id: true } })).map((row) => row.id);
  speakerIds = (await db.speaker.findMany({ where: { eventId }, select: { id: true } })).map((row) => row.id);
}, 120_000);

async function bodies(token?: string): Promise<{ path: string; status: number; text: string }[]> {
  const out: { path: string; status: number; text: string }[] = [];
  const fetch = async (handler: Handler, path: string, id: number | string) => {
    const response = await handler(request("GET", path, { token }), params({ id }));
    out.push({ path, status: response.status, text: await response.text() });
  };
  await fetch(eventItem.GET, `/v1/events/${eventId}?include=sessions,speakers,microlocations,tracks`, eventId);
  await fetch(eventItem.GET, `/v1/events/${eventId}?include=sessions.speakers,speakers.sessions`, eventId);
  await fetch(eventSessions.GET, `/v1/events/${eventId}/sessions?include=speakers,track,microlocation,session-type,event&page[size]=100`, eventId);
  await fetch(eventSessions.GET, `/v1/events/${eventId}/sessions?include=speakers.sessions,speakers.event&page[size]=100`, eventId);
  await fetch(eventSpeakers.GET, `/v1/events/${eventId}/speakers?include=sessions,event&page[size]=100`, eventId);
  await fetch(eventSpeakers.GET, `/v1/events/${eventId}/speakers?include=sessions.speakers&page[size]=100`, eventId);
  for (const id of sessionIds) {
    await fetch(sessionItem.GET, `/v1/sessions/${id}?include=speakers,track,microlocation,session-type`, id);
    await fetch(sessionItem.GET, `/v1/sessions/${id}?include=speakers.sessions,event.speakers`, id);
    await fetch(sessionSpeakers.GET, `/v1/sessions/${id}/speakers?include=sessions`, id);
    await fetch(linkage.GET, `/v1/sessions/${id}/relationships/speakers`, id);
  }
  for (const id of speakerIds) {
    await fetch(speakerItem.GET, `/v1/speakers/${id}?include=sessions,sessions.speakers`, id);
    await fetch(speakerSessions.GET, `/v1/speakers/${id}/sessions?include=speakers`, id);
  }
  return out;
}

describe("the demo event's public API", () => {
  it("has speakers with emails and mobiles to protect", () => {
    expect(secrets.length).toBeGreaterThanOrEqual(60);
    expect(secrets).toContain("speaker@example.com");
  });

  for (const who of ["anonymous", "signed in without a role"] as const) {
    it(`never shows a speaker's email or mobile (${who})`, async () => {
      const token = who === "anonymous" ? undefined : await signApiToken(await createUser());
      const responses = await bodies(token);
      const ok = responses.filter((response) => response.status === 200);
      // The public parts answer; hidden sessions and speakers are 404, not empty documents.
      expect(ok.length).toBeGreaterThan(100);
      expect(responses.every((response) => response.status === 200 || response.status === 404)).toBe(true);
      const leaks = ok.flatMap((response) => secrets.filter((secret) => response.text.includes(secret)).map((secret) => `${response.path}: ${secret}`));
      expect(leaks).toEqual([]);
      // Nothing the public cannot see slipped into a list.
      const publicSessions = await db.session.count({ where: { eventId, state: { in: ["accepted", "confirmed"] } } });
      const list = ok.find((response) => response.path.startsWith(`/v1/events/${eventId}/sessions?include=speakers,track`));
      expect((JSON.parse(list?.text ?? "{}") as { meta: { count: number } }).meta.count).toBe(publicSessions);
    }, 120_000);
  }

  it("shows Priya her own email (the control: the check above can find a leak)", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "speaker@example.com" } });
    const priya = await db.speaker.findFirstOrThrow({ where: { userId: user.id } });
    const response = await speakerItem.GET(request("GET", `/v1/speakers/${priya.id}`, { token: await signApiToken(user) }), params({ id: priya.id }));
    expect(await response.text()).toContain("speaker@example.com");
  });
});

describe("GET /v1/events/{id}?include=sessions,microlocations,tracks,speakers,sponsors,tickets (anonymous)", () => {
  it("includes exactly the public rows of each kind, each once, and the event's relationships point at them", async () => {
    const path = `/v1/events/${eventId}?include=sessions,microlocations,tracks,speakers,sponsors,tickets`;
    const response = await eventItem.GET(request("GET", path), params({ id: eventId }));
    expect(response.status).toBe(200);
    type Ref = { type: string; id: string };
    const body = (await response.json()) as { data: Ref & { relationships: Record<string, { data?: Ref[] }> }; included: (Ref & { attributes: Record<string, unknown> })[] };

    const live = { eventId, deletedAt: null };
    const publicSessions = await db.session.findMany({ where: { ...live, state: { in: ["accepted", "confirmed"] } }, select: { id: true } });
    const publicSpeakers = await db.speaker.findMany({
      where: { ...live, sessions: { some: { session: { ...live, state: { in: ["accepted", "confirmed"] } } } } },
      select: { id: true },
    });
    const expected: Record<string, number[]> = {
      session: publicSessions.map((row) => row.id),
      speaker: publicSpeakers.map((row) => row.id),
      microlocation: (await db.microlocation.findMany({ where: live, select: { id: true } })).map((row) => row.id),
      track: (await db.track.findMany({ where: live, select: { id: true } })).map((row) => row.id),
      sponsor: (await db.sponsor.findMany({ where: live, select: { id: true } })).map((row) => row.id),
      ticket: (await db.ticket.findMany({ where: { ...live, isHidden: false }, select: { id: true } })).map((row) => row.id),
    };
    const sorted = (ids: (number | string)[]) => ids.map(Number).sort((a, b) => a - b);
    const included: Record<string, number[]> = {};
    for (const item of body.included) (included[item.type] ??= []).push(Number(item.id));
    expect(Object.fromEntries(Object.entries(included).map(([type, ids]) => [type, sorted(ids)]))).toEqual(
      Object.fromEntries(Object.entries(expected).map(([type, ids]) => [type, sorted(ids)])),
    );
    // Every kind has something to show, and hidden things exist that are left out.
    for (const ids of Object.values(expected)) expect(ids.length).toBeGreaterThan(0);
    expect(await db.session.count({ where: live })).toBeGreaterThan(expected.session!.length);
    // The relationships name the same rows as the included resources.
    const relationship = { sessions: "session", microlocations: "microlocation", tracks: "track", speakers: "speaker", sponsors: "sponsor", tickets: "ticket" };
    for (const [name, type] of Object.entries(relationship)) {
      const data = body.data.relationships[name]?.data ?? [];
      expect(data.every((ref) => ref.type === type)).toBe(true);
      expect(sorted(data.map((ref) => ref.id))).toEqual(sorted(expected[type]!));
    }
  });
});
