import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { addRole, createEvent, createTrack, createUser } from "../../prisma/factories";
import {
  EVENT_ROLES,
  PERMISSIONS,
  actorRoles,
  can,
  eventChildScope,
  eventScope,
  reach,
  rolesOf,
  type Action,
  type EventForPermission,
  type EventRole,
} from ".";

/**
 * The permission matrix, written out by hand from the documented intent (roles nest
 * owner ⊃ organizer ⊃ coorganizer ⊃ track_organizer/moderator/registrar ⊃ attendee; platform
 * admins may do everything; anyone may view a published public event; nobody acts on a deleted
 * event). It is deliberately not derived from PERMISSIONS, so a changed rule fails here.
 */
const COLUMNS = [
  "event.view",
  "event.view-private",
  "event.update",
  "event.publish",
  "event.delete",
  "event.export",
  "event.manage-roles",
  "content.view",
  "content.view-private",
  "content.manage",
  "session.review",
  "session.moderate",
  "attendee.manage",
] as const satisfies readonly Action[];

const ACTORS = [
  "anonymous",
  // Signed in, with no role on these events (but owner of another one).
  "signed_in",
  // Had the organizer role on every event; the role row is soft-deleted.
  "revoked",
  ...EVENT_ROLES,
  "admin",
  "super_admin",
] as const;
type ActorName = (typeof ACTORS)[number];

const KINDS = ["draft", "published", "private", "private_draft", "deleted"] as const;
type Kind = (typeof KINDS)[number];

const EVENTS: Record<Kind, Omit<EventForPermission, "actorRoles">> = {
  draft: { state: "draft", privacy: "public", deletedAt: null },
  published: { state: "published", privacy: "public", deletedAt: null },
  private: { state: "published", privacy: "private", deletedAt: null },
  private_draft: { state: "draft", privacy: "private", deletedAt: null },
  deleted: { state: "published", privacy: "public", deletedAt: new Date("2030-01-01T00:00:00Z") },
};

type Matrix = Record<ActorName, Record<Action, boolean>>;

/** Parses one table: a row per actor, `x` allowed and `-` denied, columns in COLUMNS order. */
function matrix(table: string): Matrix {
  const rows = table
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/));
  const result = {} as Matrix;
  for (const [name, ...cells] of rows) {
    if (!ACTORS.includes(name as ActorName) || cells.length !== COLUMNS.length || cells.some((c) => c !== "x" && c !== "-")) {
      throw new Error(`Malformed matrix row: ${name} ${cells.join(" ")}`);
    }
    result[name as ActorName] = Object.fromEntries(COLUMNS.map((action, i) => [action, cells[i] === "x"])) as Record<Action, boolean>;
  }
  if (Object.keys(result).join() !== ACTORS.join()) throw new Error(`Matrix rows must be ${ACTORS.join(", ")}`);
  return result;
}

// Columns:       event: view view-private update publish delete export manage-roles
//                content: view view-private manage   session: review moderate   attendee: manage
const EXPECTED: Record<Kind, Matrix> = {
  draft: matrix(`
    anonymous        -  -  -  -  -  -  -    -  -  -    -  -    -
    signed_in        -  -  -  -  -  -  -    -  -  -    -  -    -
    revoked          -  -  -  -  -  -  -    -  -  -    -  -    -
    owner            x  x  x  x  x  x  x    x  x  x    x  x    x
    organizer        x  x  x  x  x  x  x    x  x  x    x  x    x
    coorganizer      x  x  x  x  -  x  -    x  x  x    x  x    x
    track_organizer  x  x  -  -  -  -  -    x  x  -    x  -    -
    moderator        x  x  -  -  -  -  -    x  x  -    -  x    -
    registrar        x  x  -  -  -  -  -    x  x  -    -  -    x
    attendee         x  -  -  -  -  -  -    x  -  -    -  -    -
    admin            x  x  x  x  x  x  x    x  x  x    x  x    x
    super_admin      x  x  x  x  x  x  x    x  x  x    x  x    x
  `),
  published: matrix(`
    anonymous        x  -  -  -  -  -  -    x  -  -    -  -    -
    signed_in        x  -  -  -  -  -  -    x  -  -    -  -    -
    revoked          x  -  -  -  -  -  -    x  -  -    -  -    -
    owner            x  x  x  x  x  x  x    x  x  x    x  x    x
    organizer        x  x  x  x  x  x  x    x  x  x    x  x    x
    coorganizer      x  x  x  x  -  x  -    x  x  x    x  x    x
    track_organizer  x  x  -  -  -  -  -    x  x  -    x  -    -
    moderator        x  x  -  -  -  -  -    x  x  -    -  x    -
    registrar        x  x  -  -  -  -  -    x  x  -    -  -    x
    attendee         x  -  -  -  -  -  -    x  -  -    -  -    -
    admin            x  x  x  x  x  x  x    x  x  x    x  x    x
    super_admin      x  x  x  x  x  x  x    x  x  x    x  x    x
  `),
  private: matrix(`
    anonymous        -  -  -  -  -  -  -    -  -  -    -  -    -
    signed_in        -  -  -  -  -  -  -    -  -  -    -  -    -
    revoked          -  -  -  -  -  -  -    -  -  -    -  -    -
    owner            x  x  x  x  x  x  x    x  x  x    x  x    x
    organizer        x  x  x  x  x  x  x    x  x  x    x  x    x
    coorganizer      x  x  x  x  -  x  -    x  x  x    x  x    x
    track_organizer  x  x  -  -  -  -  -    x  x  -    x  -    -
    moderator        x  x  -  -  -  -  -    x  x  -    -  x    -
    registrar        x  x  -  -  -  -  -    x  x  -    -  -    x
    attendee         x  -  -  -  -  -  -    x  -  -    -  -    -
    admin            x  x  x  x  x  x  x    x  x  x    x  x    x
    super_admin      x  x  x  x  x  x  x    x  x  x    x  x    x
  `),
  private_draft: matrix(`
    anonymous        -  -  -  -  -  -  -    -  -  -    -  -    -
    signed_in        -  -  -  -  -  -  -    -  -  -    -  -    -
    revoked          -  -  -  -  -  -  -    -  -  -    -  -    -
    owner            x  x  x  x  x  x  x    x  x  x    x  x    x
    organizer        x  x  x  x  x  x  x    x  x  x    x  x    x
    coorganizer      x  x  x  x  -  x  -    x  x  x    x  x    x
    track_organizer  x  x  -  -  -  -  -    x  x  -    x  -    -
    moderator        x  x  -  -  -  -  -    x  x  -    -  x    -
    registrar        x  x  -  -  -  -  -    x  x  -    -  -    x
    attendee         x  -  -  -  -  -  -    x  -  -    -  -    -
    admin            x  x  x  x  x  x  x    x  x  x    x  x    x
    super_admin      x  x  x  x  x  x  x    x  x  x    x  x    x
  `),
  deleted: matrix(`
    anonymous        -  -  -  -  -  -  -    -  -  -    -  -    -
    signed_in        -  -  -  -  -  -  -    -  -  -    -  -    -
    revoked          -  -  -  -  -  -  -    -  -  -    -  -    -
    owner            -  -  -  -  -  -  -    -  -  -    -  -    -
    organizer        -  -  -  -  -  -  -    -  -  -    -  -    -
    coorganizer      -  -  -  -  -  -  -    -  -  -    -  -    -
    track_organizer  -  -  -  -  -  -  -    -  -  -    -  -    -
    moderator        -  -  -  -  -  -  -    -  -  -    -  -    -
    registrar        -  -  -  -  -  -  -    -  -  -    -  -    -
    attendee         -  -  -  -  -  -  -    -  -  -    -  -    -
    admin            -  -  -  -  -  -  -    -  -  -    -  -    -
    super_admin      -  -  -  -  -  -  -    -  -  -    -  -    -
  `),
};

/** The kinds of event on which `actor` may do each action, per the table. */
function expectedKinds(actor: ActorName): Record<Action, Kind[]> {
  return Object.fromEntries(COLUMNS.map((action) => [action, KINDS.filter((kind) => EXPECTED[kind][actor][action])])) as Record<
    Action,
    Kind[]
  >;
}

const user = (id: number, flags: { isAdmin?: boolean; isSuperAdmin?: boolean } = {}): Actor => ({
  id,
  email: `user${id}@example.test`,
  isAdmin: flags.isAdmin ?? false,
  isSuperAdmin: flags.isSuperAdmin ?? false,
});

/** Unit-test actors and the roles each holds on the event under test. */
const UNIT_ACTORS: Record<ActorName, { actor: Actor; roles: EventRole[] }> = {
  anonymous: { actor: null, roles: [] },
  signed_in: { actor: user(1), roles: [] },
  // A revoked role is not loaded by rolesOf, so `can` sees no roles.
  revoked: { actor: user(2), roles: [] },
  owner: { actor: user(3), roles: ["owner"] },
  organizer: { actor: user(4), roles: ["organizer"] },
  coorganizer: { actor: user(5), roles: ["coorganizer"] },
  track_organizer: { actor: user(6), roles: ["track_organizer"] },
  moderator: { actor: user(7), roles: ["moderator"] },
  registrar: { actor: user(8), roles: ["registrar"] },
  attendee: { actor: user(9), roles: ["attendee"] },
  admin: { actor: user(10, { isAdmin: true }), roles: [] },
  super_admin: { actor: user(11, { isSuperAdmin: true }), roles: [] },
};

describe("the permission table", () => {
  it("covers every action and every role", () => {
    expect([...COLUMNS].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(EVENT_ROLES).toEqual(["owner", "organizer", "coorganizer", "track_organizer", "moderator", "registrar", "attendee"]);
  });
});

describe("can", () => {
  for (const kind of KINDS) {
    it.each(ACTORS)(`matches the table on a ${kind} event for %s`, (name) => {
      const { actor, roles } = UNIT_ACTORS[name];
      const event: EventForPermission = { ...EVENTS[kind], actorRoles: roles };
      const actual = Object.fromEntries(COLUMNS.map((action) => [action, can(actor, action, event)]));
      expect(actual).toEqual(EXPECTED[kind][name]);
    });
  }

  it("unions the grants of several roles", () => {
    const event: EventForPermission = { state: "draft", privacy: "public", actorRoles: ["moderator", "registrar"] };
    const allowed = COLUMNS.filter((action) => can(user(1), action, event));
    expect(allowed).toEqual([
      "event.view",
      "event.view-private",
      "content.view",
      "content.view-private",
      "session.moderate",
      "attendee.manage",
    ]);
  });

  it("grants nothing to an anonymous caller through roles passed in by mistake", () => {
    const event: EventForPermission = { state: "draft", privacy: "public", actorRoles: ["owner"] };
    expect(COLUMNS.filter((action) => can(null, action, event))).toEqual([]);
  });

  it("tells how far the roles carry each action: track organizers reach only their tracks for reviews and private content", () => {
    const reaches = (actor: Actor, roles: EventRole[]) => Object.fromEntries(COLUMNS.map((action) => [action, reach(actor, action, roles)]));
    const none = Object.fromEntries(COLUMNS.map((action) => [action, "none"]));
    const event = Object.fromEntries(COLUMNS.map((action) => [action, "event"]));
    expect(reaches(user(1), ["track_organizer"])).toEqual({
      ...none,
      "event.view": "event",
      "event.view-private": "event",
      "content.view": "event",
      "content.view-private": "tracks",
      "session.review": "tracks",
    });
    // A whole-event role on top of the track role widens the reach.
    expect(reaches(user(1), ["track_organizer", "coorganizer"])).toEqual({
      ...event,
      "event.delete": "none",
      "event.manage-roles": "none",
    });
    expect(reaches(user(1, { isAdmin: true }), [])).toEqual(event);
    // Public access is not reach: it is the staff side of a decision.
    expect([reaches(null, ["owner"]), reaches(user(1), [])]).toEqual([none, none]);
  });

  it("lets no admin act on a deleted draft", () => {
    const event: EventForPermission = { state: "draft", privacy: "private", deletedAt: new Date(), actorRoles: ["owner"] };
    expect(COLUMNS.filter((action) => can(user(1, { isAdmin: true, isSuperAdmin: true }), action, event))).toEqual([]);
  });
});

describe("scope builders against the database", () => {
  const actors = {} as Record<ActorName, Actor>;
  const eventIds = {} as Record<Kind, number>;
  const trackIds: number[] = [];
  const kindOfEvent = new Map<number, Kind>();
  const kindOfTrack = new Map<number, Kind>();

  beforeAll(async () => {
    const asActor = (row: { id: number; email: string; isAdmin: boolean; isSuperAdmin: boolean }): Actor => ({
      id: row.id,
      email: row.email,
      isAdmin: row.isAdmin,
      isSuperAdmin: row.isSuperAdmin,
    });
    actors.anonymous = null;
    for (const name of ACTORS) {
      if (name === "anonymous") continue;
      actors[name] = asActor(await createUser({ isAdmin: name === "admin", isSuperAdmin: name === "super_admin" }));
    }
    // Owning some other event must not leak into these.
    await createEvent({ owner: actors.signed_in! });

    for (const kind of KINDS) {
      const { state, privacy, deletedAt } = EVENTS[kind];
      const event = await createEvent({ state, privacy, deletedAt });
      eventIds[kind] = event.id;
      kindOfEvent.set(event.id, kind);
      for (const role of EVENT_ROLES) await addRole(actors[role]!, event, role);
      const revoked = await addRole(actors.revoked!, event, "organizer");
      await db.usersEventsRoles.update({ where: { id: revoked.id }, data: { deletedAt: new Date() } });

      const track = await createTrack({ event });
      const deletedTrack = await createTrack({ event, deletedAt: new Date() });
      trackIds.push(track.id, deletedTrack.id);
      kindOfTrack.set(track.id, kind);
    }
  });

  it.each(ACTORS)("loads the roles of %s with rolesOf", async (name) => {
    const events = await db.event.findMany({
      where: { id: { in: Object.values(eventIds) } },
      include: { roles: rolesOf(actors[name]) },
      orderBy: { id: "asc" },
    });
    const roles: EventRole[] = (EVENT_ROLES as readonly string[]).includes(name) ? [name as EventRole] : [];
    expect(events.map((event) => [kindOfEvent.get(event.id), actorRoles(event)])).toEqual(KINDS.map((kind) => [kind, roles]));
  });

  it.each(ACTORS)("eventScope finds exactly the events `can` allows, for %s", async (name) => {
    const actor = actors[name];
    const loaded = await db.event.findMany({
      where: { id: { in: Object.values(eventIds) } },
      include: { roles: rolesOf(actor) },
      orderBy: { id: "asc" },
    });
    const byCan = {} as Record<Action, Kind[]>;
    const byScope = {} as Record<Action, Kind[]>;
    for (const action of COLUMNS) {
      byCan[action] = loaded.filter((event) => can(actor, action, { ...event, actorRoles: actorRoles(event) })).map((e) => kindOfEvent.get(e.id)!);
      // Services combine the scope with their own key under AND, as here.
      const found = await db.event.findMany({
        where: { AND: [{ id: { in: Object.values(eventIds) } }, eventScope(actor, action)] },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      byScope[action] = found.map((e) => kindOfEvent.get(e.id)!);
    }
    expect(byScope).toEqual(expectedKinds(name));
    expect(byCan).toEqual(expectedKinds(name));
  });

  it.each(ACTORS)("a single event is found by id exactly when `can` says yes, for %s", async (name) => {
    const actor = actors[name];
    const mismatches: string[] = [];
    for (const kind of KINDS) {
      const event = await db.event.findUniqueOrThrow({ where: { id: eventIds[kind] }, include: { roles: rolesOf(actor) } });
      for (const action of COLUMNS) {
        const found = await db.event.findMany({ where: { id: event.id, ...eventScope(actor, action) }, select: { id: true } });
        const allowed = can(actor, action, { ...event, actorRoles: actorRoles(event) });
        if ((found.length === 1) !== allowed || allowed !== EXPECTED[kind][name][action]) {
          mismatches.push(`${kind} ${action}: found ${found.length}, can ${allowed}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each(ACTORS)("eventScope with wholeEvent leaves out track-limited grants, for %s", async (name) => {
    const byScope = {} as Record<Action, Kind[]>;
    for (const action of COLUMNS) {
      const found = await db.event.findMany({
        where: { AND: [{ id: { in: Object.values(eventIds) } }, eventScope(actors[name], action, { wholeEvent: true })] },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      byScope[action] = found.map((e) => kindOfEvent.get(e.id)!);
    }
    const expected = expectedKinds(name);
    // A track organizer's two track-limited grants do not cover the whole event.
    if (name === "track_organizer") {
      expected["content.view-private"] = [];
      expected["session.review"] = [];
    }
    expect(byScope).toEqual(expected);
  });

  it.each(ACTORS)("eventChildScope finds the live rows of exactly those events, for %s", async (name) => {
    const byScope = {} as Record<Action, Kind[]>;
    for (const action of COLUMNS) {
      const found = await db.track.findMany({
        where: { AND: [{ id: { in: trackIds } }, eventChildScope(actors[name], action)] },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      // A soft-deleted track has no kind, so it would show up as `undefined`.
      byScope[action] = found.map((track) => kindOfTrack.get(track.id)!);
    }
    expect(byScope).toEqual(expectedKinds(name));
  });
});
