import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * The schedule's filters as the server applies them: each `?q=`, `?track=`, `?room=`, `?type=`,
 * `?day=` and their combinations against the seeded event, read without JavaScript (the HTML as
 * served). What the page should list is worked out independently from the JSON:API.
 */

const EVENT = "ots2027";
const ZONE = "Asia/Singapore";

interface Expected {
  id: number;
  day: string | null;
  text: string;
  track: string | null;
  room: string | null;
  type: string | null;
}

type Resource = { id: string; type: string; attributes: Record<string, unknown>; relationships?: Record<string, { data: { id: string; type: string } | { id: string; type: string }[] | null }> };

async function publicSessions(request: APIRequestContext): Promise<Expected[]> {
  const response = await request.get(`/v1/events/${EVENT}/sessions?include=track,microlocation,session-type,speakers&page[size]=100`);
  expect(response.status()).toBe(200);
  const document = (await response.json()) as { data: Resource[]; included: Resource[]; meta: { count: number } };
  expect(document.meta.count, "the seeded event fits one page").toBeLessThanOrEqual(100);
  const included = new Map(document.included.map((resource) => [`${resource.type}/${resource.id}`, resource]));
  const name = (session: Resource, relationship: string): string | null => {
    const data = session.relationships?.[relationship]?.data;
    if (!data || Array.isArray(data)) return null;
    return (included.get(`${data.type}/${data.id}`)?.attributes.name as string | undefined) ?? null;
  };
  return document.data
    .filter((session) => ["accepted", "confirmed"].includes(session.attributes.state as string))
    .map((session) => {
      const speakers = (session.relationships?.speakers?.data ?? []) as { id: string; type: string }[];
      const startsAt = session.attributes["starts-at"] as string | null;
      const [track, room, type] = [name(session, "track"), name(session, "microlocation"), name(session, "session-type")];
      return {
        id: Number(session.id),
        day: startsAt ? new Date(startsAt).toLocaleDateString("en-CA", { timeZone: ZONE }) : null,
        text: [
          session.attributes.title,
          session.attributes.subtitle,
          String(session.attributes["short-abstract"] ?? "").replace(/<[^>]*>/g, " "),
          track,
          room,
          type,
          ...speakers.map((speaker) => included.get(`speaker/${speaker.id}`)?.attributes.name),
        ]
          .filter(Boolean)
          .join(" ")
          .toLowerCase(),
        track,
        room,
        type,
      };
    });
}

/** Session ids the served HTML links to (the day's list and the sessions without a time yet). */
async function servedIds(request: APIRequestContext, query: string): Promise<number[]> {
  const response = await request.get(`/e/${EVENT}/schedule${query}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  return [...new Set([...html.matchAll(new RegExp(`href="/e/${EVENT}/sessions/(\\d+)"`, "g"))].map((match) => Number(match[1])))].sort((a, b) => a - b);
}

let sessions: Expected[] = [];
let days: string[] = [];

test.beforeAll(async ({ request }) => {
  sessions = await publicSessions(request);
  days = [...new Set(sessions.map((session) => session.day).filter((day): day is string => day !== null))].sort();
  expect(days).toHaveLength(2);
});

const CASES: { name: string; params: Record<string, string | string[]>; match: (session: Expected) => boolean }[] = [
  { name: "text in a title", params: { q: "WebAssembly" }, match: (s) => s.text.includes("webassembly") },
  { name: "text in a speaker's name", params: { q: "Priya" }, match: (s) => s.text.includes("priya") },
  { name: "text in an abstract", params: { q: "burning" }, match: (s) => s.text.includes("burning") },
  { name: "text naming a room", params: { q: "workshop lab" }, match: (s) => s.text.includes("workshop") && s.text.includes("lab") },
  { name: "a track", params: { track: "AI & Data" }, match: (s) => s.track === "AI & Data" },
  { name: "two tracks", params: { track: ["AI & Data", "Hardware & IoT"] }, match: (s) => s.track === "AI & Data" || s.track === "Hardware & IoT" },
  { name: "a room", params: { room: "Room 2A" }, match: (s) => s.room === "Room 2A" },
  { name: "a session type", params: { type: "Workshop" }, match: (s) => s.type === "Workshop" },
  { name: "track and text", params: { track: "Web & Cloud", q: "web" }, match: (s) => s.track === "Web & Cloud" && s.text.includes("web") },
  { name: "room and type", params: { room: "Main Hall", type: "Talk" }, match: (s) => s.room === "Main Hall" && s.type === "Talk" },
  {
    name: "track, room, type and text",
    params: { track: "Open Source & Community", room: "Main Hall", type: "Talk", q: "open" },
    match: (s) => s.track === "Open Source & Community" && s.room === "Main Hall" && s.type === "Talk" && s.text.includes("open"),
  },
  { name: "nothing matches", params: { track: "AI & Data", q: "zzzz-no-such-word" }, match: () => false },
];

for (const { name, params, match } of CASES) {
  test(`[ATTENDEE] the served schedule filtered by ${name} lists the matches of each day and nothing else`, async ({ request }) => {
    const expectedAll = sessions.filter(match);
    if (name !== "nothing matches") expect(expectedAll.length, "the case must match something in the seed").toBeGreaterThan(0);
    for (const day of days) {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(params)) for (const entry of [value].flat()) query.append(key, entry);
      query.set("day", day);
      const expected = expectedAll.filter((session) => session.day === day || session.day === null).map((session) => session.id).sort((a, b) => a - b);
      expect(await servedIds(request, `?${query}`), `${name} on ${day}`).toEqual(expected);
    }
  });
}

test("[ATTENDEE] the served schedule shows one day at a time, the asked one or else the first", async ({ request }) => {
  const [first, second] = days;
  const onDay = (day: string | undefined) => sessions.filter((session) => session.day === day || session.day === null).map((s) => s.id).sort((a, b) => a - b);
  expect(await servedIds(request, "")).toEqual(onDay(first));
  expect(await servedIds(request, `?day=${second}`)).toEqual(onDay(second));
  expect(await servedIds(request, "?day=1999-01-01")).toEqual(onDay(first));
  expect(await servedIds(request, "?day=not-a-day&view=grid")).toEqual(onDay(first));
});

test("[ATTENDEE] the grid view is a table: rooms across, time down", async ({ request }) => {
  const html = await (await request.get(`/e/${EVENT}/schedule?view=grid&day=${days[0]}`)).text();
  expect(html).toContain("<caption");
  const rooms = [...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((match) => match[1]);
  expect(rooms[0]).toBe("Time");
  expect(rooms.slice(1).length).toBeGreaterThan(1);
  expect(html).toMatch(/<th scope="row"/);
  expect(html).toMatch(/rowSpan="[2-9]"/);
});
