import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db, queryCount } from "@/lib/db";
import { request } from "@/lib/testing/api";
import { routeGet, routeParams, routeUrl, rowIds, seedEveryResource, v1CollectionRoutes } from "@/lib/testing/v1-routes";
import {
  addRole,
  createCustomForm,
  createEvent,
  createEventSubTopic,
  createEventTopic,
  createEventType,
  createMicrolocation,
  createSession,
  createSessionType,
  createSocialLink,
  createSpeaker,
  createSponsor,
  createTicket,
  createTrack,
  createUser,
} from "@/prisma/factories";

/**
 * Every collection route under app/v1 (found by walking the folder, as collections.test.ts does)
 * answers with the same number of SQL statements whether its rows are one or a hundred: each is
 * asked once on the seeded data, then every list grows by 99 rows (content of the demo event with
 * its relationships, taxonomy, events, users, roles, invites, notifications, mails), and each is
 * asked again, by an anonymous caller, the demo event's organizer and an admin, a page of 100.
 */

const collections = v1CollectionRoutes();

const GROWTH = 99;

let ids: ReadonlyMap<string, string>;
const callers: [string, string | undefined][] = [];

beforeAll(async () => {
  const every = await seedEveryResource();
  ids = every.ids;
  callers.push(["anonymous", undefined], ["organizer", await signApiToken(every.organizer)], ["admin", await signApiToken(every.admin)]);
}, 120_000);

interface Answer {
  status: number;
  queries: number;
  rows: number;
}

/** Each collection route's answer to each caller: its status, statements and rows. */
async function askAll(): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  for (const route of collections) {
    const GET = await routeGet(route);
    const url = routeUrl(route, rowIds(route, ids));
    for (const [who, token] of callers) {
      let answer: Answer | undefined;
      for (const query of ["?page[size]=100", ""]) {
        const before = queryCount();
        const response = await GET(request("GET", `${url}${query}`, { token }), routeParams(route, rowIds(route, ids)));
        const queries = queryCount() - before;
        const text = await response.text();
        let rows = 0;
        try {
          const data = (JSON.parse(text) as { data?: unknown }).data;
          rows = Array.isArray(data) ? data.length : 0;
        } catch {
          // not JSON (a calendar, a file): no rows to count
        }
        answer = { status: response.status, queries, rows };
        // A route without pages refuses the parameter: asked again without it.
        if (response.status !== 400) break;
      }
      answers.set(`${who} GET ${url}`, answer!);
    }
  }
  return answers;
}

/** 99 more rows in every list the seeded data has, under the same parents the routes name. */
async function grow(): Promise<void> {
  const event = await db.event.findUniqueOrThrow({ where: { id: Number(ids.get("events")) } });
  const topic = { id: Number(ids.get("event-topics")) };
  const type = { id: Number(ids.get("event-types")) };
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  const firstUser = { id: Number(ids.get("users")) };
  const coorganizer = await db.role.findUniqueOrThrow({ where: { name: "coorganizer" } });
  for (let i = 0; i < GROWTH; i++) {
    const [track, room, sessionType] = [await createTrack({ event }), await createMicrolocation({ event }), await createSessionType({ event })];
    const speakers = [await createSpeaker({ event }), await createSpeaker({ event })];
    await createSession({ event, track, microlocation: room, sessionType, speakers, state: "accepted" });
    await createSponsor({ event });
    await createSocialLink({ event });
    await createTicket({ event });
    await createCustomForm({ event, options: ["A", "B"] });
    const user = await createUser();
    await addRole(user, event, "coorganizer");
    await db.roleInvite.create({ data: { email: `invited-${i}@example.com`, eventId: event.id, roleId: coorganizer.id, hash: `grown-invite-${i}` } });
    for (const owner of [admin, firstUser]) await db.notification.create({ data: { userId: owner.id, title: `Hello ${i}`, message: "A notification", action: "test" } });
    await db.mail.create({ data: { recipient: `someone-${i}@example.com`, action: "test", subject: `Mail ${i}`, message: "A mail" } });
    await createEventSubTopic({ topic });
    await createEventTopic();
    await createEventType();
    const other = await createEvent({ eventTopicId: topic.id, eventTypeId: type.id, schedulePublishedOn: new Date() });
    await addRole(admin, other, "owner");
  }
}

describe("query counts of every collection route under app/v1", () => {
  it(
    "are the same for one row and for a hundred, for every caller",
    async () => {
      const one = await askAll();
      await grow();
      const hundred = await askAll();
      const changed = [...one]
        .filter(([key, answer]) => answer.status === 200 && hundred.get(key)?.status === 200 && hundred.get(key)?.queries !== answer.queries)
        .map(([key, answer]) => `${key}: ${answer.queries} statements for ${answer.rows} rows, ${hundred.get(key)?.queries} for ${hundred.get(key)?.rows}`);
      expect(changed).toEqual([]);
      // The lists did grow: the demo event's content and the site's lists, as each caller sees them.
      const grown = (key: string) => [one.get(key)?.rows, hundred.get(key)?.rows];
      const event = ids.get("events");
      expect(grown(`anonymous GET /v1/events/${event}/sessions`)[1]).toBeGreaterThanOrEqual(GROWTH);
      expect(grown(`organizer GET /v1/events/${event}/tracks`)[1]).toBeGreaterThanOrEqual(GROWTH);
      expect(grown(`organizer GET /v1/events/${event}/custom-forms`)[1]).toBeGreaterThanOrEqual(GROWTH);
      expect(grown(`organizer GET /v1/events/${event}/role-invites`)[1]).toBeGreaterThanOrEqual(GROWTH);
      expect(grown(`admin GET /v1/events`)[1]).toBeGreaterThanOrEqual(GROWTH);
      expect(grown(`admin GET /v1/mails`)[1]).toBeGreaterThanOrEqual(GROWTH);
      expect(grown(`anonymous GET /v1/event-topics`)[1]).toBeGreaterThanOrEqual(GROWTH);
      // Most routes answered every caller (the others refuse some callers, the same both times).
      const answered = [...hundred.values()].filter((answer) => answer.status === 200).length;
      expect(answered).toBeGreaterThan(collections.length);
      for (const [key, answer] of one) expect([key, hundred.get(key)?.status]).toEqual([key, answer.status]);
    },
    600_000,
  );
});
