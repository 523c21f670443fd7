import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { DELETED, failure, onePage, params, read, relationshipLinks, request, single } from "@/lib/testing/api";
import { db } from "@/lib/db";
import type { Event } from "@/lib/generated/prisma/client";
import {
  addRole,
  createEvent,
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
import * as microlocationItem from "../../microlocations/[id]/route";
import * as sessionTypeItem from "../../session-types/[id]/route";
import * as socialLinkItem from "../../social-links/[id]/route";
import * as sponsorItem from "../../sponsors/[id]/route";
import * as ticketItem from "../../tickets/[id]/route";
import * as trackEvent from "../../tracks/[id]/event/route";
import * as trackLinkage from "../../tracks/[id]/relationships/event/route";
import * as trackItem from "../../tracks/[id]/route";
import * as microlocations from "./microlocations/route";
import * as sessionTypes from "./session-types/route";
import * as socialLinks from "./social-links/route";
import * as sponsors from "./sponsors/route";
import * as tickets from "./tickets/route";
import * as tracks from "./tracks/route";
import { GET as getEvent } from "./route";

/**
 * The six event-content resources share services and handlers (lib/content); this file runs
 * the same audience matrix over each: anonymous readers and a speaker without a role see a
 * published event's content, another event's organizer gets 404 for writes and for a draft's
 * content, the event's organizer and admins create, change and delete.
 */

type Row = Record<string, unknown> & { id: number };
type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

interface Case {
  path: string;
  type: string;
  label: string;
  collection: { GET: Handler; POST: Handler };
  item: { GET: Handler; PATCH: Handler; DELETE: Handler };
  create: (event: Event, overrides?: Record<string, unknown>) => Promise<Row>;
  attributes: (row: Row) => Record<string, unknown>;
  /** A valid POST body's attributes and one attribute to PATCH. */
  body: Record<string, unknown>;
  patch: Record<string, unknown>;
  /** Key of createSession's input naming this content, for the in-use rule. */
  session?: "microlocation" | "track" | "sessionType";
}

const CASES: Case[] = [
  {
    path: "microlocations",
    type: "microlocation",
    label: "Microlocation",
    collection: microlocations,
    item: microlocationItem,
    create: (event, overrides) => createMicrolocation({ event, ...overrides }),
    attributes: (row) => ({
      name: row.name,
      floor: row.floor,
      room: row.room,
      latitude: row.latitude,
      longitude: row.longitude,
      position: row.position,
      "hidden-in-scheduler": row.hiddenInScheduler,
    }),
    body: { name: "Hall A", floor: 2, room: "2-01", latitude: 1.3, longitude: 103.8 },
    patch: { "hidden-in-scheduler": true },
    session: "microlocation",
  },
  {
    path: "tracks",
    type: "track",
    label: "Track",
    collection: tracks,
    item: trackItem,
    create: (event, overrides) => createTrack({ event, ...overrides }),
    attributes: (row) => ({
      name: row.name,
      description: row.description,
      color: row.color,
      "font-color": row.color === "#ffeb3b" ? "#000000" : "#ffffff",
      position: row.position,
    }),
    body: { name: "Web", description: "All things web", color: "#FFEB3B" },
    patch: { color: "#2563eb" },
    session: "track",
  },
  {
    path: "session-types",
    type: "session-type",
    label: "Session type",
    collection: sessionTypes,
    item: sessionTypeItem,
    create: (event, overrides) => createSessionType({ event, ...overrides }),
    attributes: (row) => ({ name: row.name, length: row.length, position: row.position }),
    body: { name: "Workshop", length: "01:30" },
    patch: { length: "02:00" },
    session: "sessionType",
  },
  {
    path: "sponsors",
    type: "sponsor",
    label: "Sponsor",
    collection: sponsors,
    item: sponsorItem,
    create: (event, overrides) => createSponsor({ event, ...overrides }),
    attributes: (row) => ({
      name: row.name,
      description: row.description,
      url: row.url,
      level: row.level,
      "logo-url": row.logoUrl,
      type: row.type,
      position: row.position,
    }),
    body: { name: "ACME", url: "https://acme.example", "logo-url": "/images/acme.png", type: "Gold", level: 1 },
    patch: { level: 2 },
  },
  {
    path: "social-links",
    type: "social-link",
    label: "Social link",
    collection: socialLinks,
    item: socialLinkItem,
    // Social links have no position; they are ordered by name.
    create: (event, { position: _, ...overrides } = {}) => createSocialLink({ event, ...overrides }),
    attributes: (row) => ({ name: row.name, link: row.link, identifier: row.identifier }),
    body: { name: "GitHub", link: "https://github.com/fossasia", identifier: "github" },
    patch: { name: "Code" },
  },
  {
    path: "tickets",
    type: "ticket",
    label: "Ticket",
    collection: tickets,
    item: ticketItem,
    create: (event, overrides) => createTicket({ event, ...overrides }),
    attributes: (row) => ({
      name: row.name,
      description: row.description,
      type: row.type,
      price: Number(row.price),
      quantity: row.quantity,
      "min-order": row.minOrder,
      "max-order": row.maxOrder,
      "sales-starts-at": iso(row.salesStartsAt),
      "sales-ends-at": iso(row.salesEndsAt),
      "is-hidden": row.isHidden,
      position: row.position,
    }),
    body: { name: "Standard", type: "paid", price: 25.5, "sales-starts-at": "2030-01-01T00:00:00.000Z", "sales-ends-at": "2030-02-01T00:00:00.000Z" },
    patch: { quantity: 50 },
  },
];

let event: Event;
let draft: Event;
let organizerToken: string;
let otherOrganizerToken: string;
let speakerToken: string;
let adminToken: string;

beforeAll(async () => {
  const organizer = await createUser();
  const otherOrganizer = await createUser();
  event = await createEvent({ owner: organizer });
  draft = await createEvent({ owner: organizer, state: "draft" });
  await addRole(otherOrganizer, await createEvent(), "organizer");
  // A speaker of the event whose account holds no role on it: an ordinary reader.
  const speaker = await createUser();
  await createSpeaker({ event, user: speaker });
  [organizerToken, otherOrganizerToken, speakerToken, adminToken] = await Promise.all([
    signApiToken(organizer),
    signApiToken(otherOrganizer),
    signApiToken(speaker),
    signApiToken(await createUser({ isAdmin: true })),
  ]);
});

describe.each(CASES)("$path", (kind) => {
  const object = (row: Row) => ({
    type: kind.type,
    id: String(row.id),
    attributes: kind.attributes(row),
    relationships: {
      event: relationshipLinks(kind.path, row.id, "event"),
      ...(kind.session ? { sessions: relationshipLinks(kind.path, row.id, "sessions") } : {}),
    },
    links: { self: `/v1/${kind.path}/${row.id}` },
  });
  // The Prisma model of the type (`session-type` → `sessionType`), read back to compare with.
  const model = kind.type.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const stored = (id: number | string) =>
    (db as never as Record<string, { findUniqueOrThrow(args: object): Promise<Row> }>)[model]!.findUniqueOrThrow({ where: { id: Number(id) } });
  const list = async (target: Event, token?: string) =>
    read(await kind.collection.GET(request("GET", `/v1/events/${target.id}/${kind.path}`, { token }), params({ id: target.id })));
  const itemCall = async (method: "GET" | "PATCH" | "DELETE", id: number | string, token?: string, body?: unknown) =>
    read(await kind.item[method](request(method, `/v1/${kind.path}/${id}`, { token, body }), params({ id })));
  const patchBody = (id: number | string, attributes: Record<string, unknown>) => ({ data: { type: kind.type, id: String(id), attributes } });

  it("lists a published event's content to anyone, by position then name, without deleted rows", async () => {
    const event = await createEvent();
    const second = await kind.create(event, { name: "A second", position: 2 });
    const first = await kind.create(event, { name: "B first", position: 1 });
    await kind.create(event, { name: "Gone", deletedAt: new Date() });
    const order = kind.type === "social-link" ? [second, first] : [first, second];
    const expected = { status: 200, body: onePage(`/v1/events/${event.id}/${kind.path}`, order.map(object)) };
    expect(await list(event)).toEqual(expected);
    expect(await list(event, speakerToken)).toEqual(expected);
    expect(await itemCall("GET", first.id, speakerToken)).toEqual({ status: 200, body: single(object(first), `/v1/${kind.path}/${first.id}`) });
  });

  it("lets the organizer create, read, change and soft-delete", async () => {
    const created = await kind.collection.POST(
      request("POST", `/v1/events/${event.identifier}/${kind.path}`, { token: organizerToken, body: { data: { type: kind.type, attributes: kind.body } } }),
      params({ id: event.identifier }),
    );
    const createdDoc = await read(created);
    expect(createdDoc.status).toBe(201);
    const id = (createdDoc.body.data as { id: string }).id;
    const row = await stored(id);
    expect(row.eventId).toBe(event.id);
    expect(created.headers.get("location")).toBe(`/v1/${kind.path}/${id}`);
    expect(createdDoc.body).toEqual(single(object(row), `/v1/${kind.path}/${id}`));

    const patched = await itemCall("PATCH", id, organizerToken, patchBody(id, kind.patch));
    const changed = await stored(id);
    expect(changed).not.toEqual(row);
    expect(patched).toEqual({ status: 200, body: single(object(changed), `/v1/${kind.path}/${id}`) });

    expect(await itemCall("DELETE", id, organizerToken)).toEqual(DELETED);
    expect((await stored(id)).deletedAt).toBeInstanceOf(Date);
    expect(await itemCall("GET", id, organizerToken)).toEqual(failure(404, `${kind.label} not found`));
  });

  it("answers 404 to another event's organizer for writes and for a draft's content", async () => {
    const row = await kind.create(event);
    const hidden = await kind.create(draft);
    const body = { data: { type: kind.type, attributes: kind.body } };
    const post = await kind.collection.POST(request("POST", `/v1/events/${event.id}/${kind.path}`, { token: otherOrganizerToken, body }), params({ id: event.id }));
    expect(await read(post)).toEqual(failure(404, "Event not found"));
    expect(await itemCall("PATCH", row.id, otherOrganizerToken, patchBody(row.id, kind.patch))).toEqual(failure(404, `${kind.label} not found`));
    expect(await itemCall("DELETE", row.id, otherOrganizerToken)).toEqual(failure(404, `${kind.label} not found`));
    // A speaker without a role may read but not write either.
    expect(await itemCall("DELETE", row.id, speakerToken)).toEqual(failure(404, `${kind.label} not found`));
    for (const token of [otherOrganizerToken, speakerToken, undefined]) {
      expect(await list(draft, token)).toEqual(failure(404, "Event not found"));
      expect(await itemCall("GET", hidden.id, token)).toEqual(failure(404, `${kind.label} not found`));
    }
    const anonymous = await kind.collection.POST(request("POST", `/v1/events/${event.id}/${kind.path}`, { body }), params({ id: event.id }));
    expect((await read(anonymous)).status).toBe(401);
    expect(await stored(row.id)).toEqual(row);
    expect((await stored(hidden.id)).deletedAt).toBeNull();
  });

  it("lets admins read drafts and change content", async () => {
    const row = await kind.create(draft);
    expect((await list(draft, adminToken)).status).toBe(200);
    const patched = await itemCall("PATCH", row.id, adminToken, patchBody(row.id, kind.patch));
    expect(patched).toEqual({ status: 200, body: single(object(await stored(row.id)), `/v1/${kind.path}/${row.id}`) });
  });

  it("answers 409 when data.id names another row", async () => {
    const row = await kind.create(event);
    expect(await itemCall("PATCH", row.id, organizerToken, patchBody(row.id + 1000, kind.patch))).toEqual(
      failure(409, [`data.id does not match the ${kind.label.toLowerCase()} in the URL`, "/data/id"]),
    );
  });

  it.runIf(kind.session)("refuses to delete content that sessions still use", async () => {
    const row = await kind.create(event);
    await createSession({ event, [kind.session as string]: row });
    await createSession({ event, [kind.session as string]: row });
    await createSession({ event, [kind.session as string]: row, deletedAt: new Date() });
    const noun = kind.label.toLowerCase();
    expect(await itemCall("DELETE", row.id, organizerToken)).toEqual(
      failure(409, `This ${noun} is used by 2 sessions; move them to another ${noun} or delete them first`),
    );
    expect((await stored(row.id)).deletedAt).toBeNull();
  });
});

describe("content of an event", () => {
  it("embeds every kind of content with include, in order and without deleted rows", async () => {
    const owner = await createUser();
    const target = await createEvent({ owner });
    const room = await createMicrolocation({ event: target, name: "Main Hall" });
    await createMicrolocation({ event: target, deletedAt: new Date() });
    const [track, type, sponsor, link, ticket] = await Promise.all([
      createTrack({ event: target, color: "#2563eb" }),
      createSessionType({ event: target }),
      createSponsor({ event: target }),
      createSocialLink({ event: target }),
      createTicket({ event: target }),
    ]);
    const hiddenTicket = await createTicket({ event: target, isHidden: true, position: 5 });
    const names = ["microlocations", "tracks", "session-types", "sponsors", "social-links", "tickets"];
    const path = `/v1/events/${target.id}?include=${names.join(",")}`;
    const linkage = (type: string, rows: { id: number }[]) => rows.map((row) => ({ type, id: String(row.id) }));
    const relationships = (body: Record<string, unknown>) =>
      Object.fromEntries(
        names.map((name) => [name, ((body.data as { relationships: Record<string, { data: unknown }> }).relationships[name] ?? {}).data]),
      );
    const anonymous = await read(await getEvent(request("GET", path), params({ id: target.id })));
    expect(relationships(anonymous.body)).toEqual({
      microlocations: linkage("microlocation", [room]),
      tracks: linkage("track", [track]),
      "session-types": linkage("session-type", [type]),
      sponsors: linkage("sponsor", [sponsor]),
      "social-links": linkage("social-link", [link]),
      tickets: linkage("ticket", [ticket]),
    });
    const [microlocationCase, trackCase] = CASES;
    expect((anonymous.body.included as unknown[]).slice(0, 2)).toEqual([
      {
        type: "microlocation",
        id: String(room.id),
        attributes: microlocationCase!.attributes(room as never),
        relationships: { event: relationshipLinks("microlocations", room.id, "event"), sessions: relationshipLinks("microlocations", room.id, "sessions") },
        links: { self: `/v1/microlocations/${room.id}` },
      },
      {
        type: "track",
        id: String(track.id),
        attributes: trackCase!.attributes(track as never),
        relationships: { event: relationshipLinks("tracks", track.id, "event"), sessions: relationshipLinks("tracks", track.id, "sessions") },
        links: { self: `/v1/tracks/${track.id}` },
      },
    ]);
    // The organizer also sees the hidden ticket.
    const staff = await read(await getEvent(request("GET", path, { token: await signApiToken(owner) }), params({ id: target.id })));
    expect(relationships(staff.body).tickets).toEqual(linkage("ticket", [ticket, hiddenTicket]));
  });

  it("answers the related event and the linkage of a content row", async () => {
    const track = await createTrack({ event });
    const eventDoc = await read(await trackEvent.GET(request("GET", `/v1/tracks/${track.id}/event`), params({ id: track.id })));
    expect(eventDoc.status).toBe(200);
    expect((eventDoc.body.data as { type: string; id: string }).id).toBe(String(event.id));
    expect(await read(await trackLinkage.GET(request("GET", `/v1/tracks/${track.id}/relationships/event`), params({ id: track.id })))).toEqual({
      status: 200,
      body: { ...relationshipLinks("tracks", track.id, "event"), data: { type: "event", id: String(event.id) }, jsonapi: { version: "1.1" } },
    });
    const hidden = await createTrack({ event: draft });
    expect(await read(await trackEvent.GET(request("GET", `/v1/tracks/${hidden.id}/event`), params({ id: hidden.id })))).toEqual(failure(404, "Track not found"));
    expect(await read(await trackItem.GET(request("GET", "/v1/tracks/abc"), params({ id: "abc" })))).toEqual(failure(404, "Track not found"));
  });
});

describe("session-type lengths", () => {
  const post = async (length: unknown) =>
    read(
      await sessionTypes.POST(
        request("POST", `/v1/events/${event.id}/session-types`, {
          token: organizerToken,
          body: { data: { type: "session-type", attributes: { name: `Type ${String(length)}`, length } } },
        }),
        params({ id: event.id }),
      ),
    );

  it("accepts H:MM as well as HH:MM and stores HH:MM, on create and on change", async () => {
    const created = await post("0:45");
    expect(created.status).toBe(201);
    const id = (created.body.data as { id: string }).id;
    expect((created.body.data as { attributes: Record<string, unknown> }).attributes).toEqual({ name: "Type 0:45", length: "00:45", position: 0 });
    expect((await db.sessionType.findUniqueOrThrow({ where: { id: Number(id) } })).length).toBe("00:45");

    const patched = await read(
      await sessionTypeItem.PATCH(
        request("PATCH", `/v1/session-types/${id}`, { token: organizerToken, body: { data: { type: "session-type", id, attributes: { length: " 1:05 " } } } }),
        params({ id }),
      ),
    );
    expect((patched.body.data as { attributes: Record<string, unknown> }).attributes.length).toBe("01:05");
    expect((await db.sessionType.findUniqueOrThrow({ where: { id: Number(id) } })).length).toBe("01:05");
    expect(((await post("12:30")).body.data as { attributes: Record<string, unknown> }).attributes.length).toBe("12:30");
  });

  it("refuses lengths that are not H:MM or HH:MM, minutes of 60 or more and zero, at the attribute", async () => {
    const pointer = "/data/attributes/length";
    expect(await post("45")).toEqual(failure(422, ["Length must be HH:MM, e.g. 00:45", pointer]));
    expect(await post("100:00")).toEqual(failure(422, ["Length must be HH:MM, e.g. 00:45", pointer]));
    expect(await post("1:5")).toEqual(failure(422, ["Length must be HH:MM, e.g. 00:45", pointer]));
    expect(await post("0:75")).toEqual(failure(422, ["Minutes must be below 60", pointer]));
    expect(await post("0:00")).toEqual(failure(422, ["Length must be longer than 00:00", pointer]));
  });
});
