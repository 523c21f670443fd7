import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Event } from "@/lib/generated/prisma/client";
import { DELETED, callerAs } from "@/lib/testing/api";
import { addRole, createCustomForm, createEvent, createSpeakersCall, createUser } from "@/prisma/factories";
import * as formOptionForm from "./custom-form-options/[id]/custom-form/route";
import * as formEvent from "./custom-forms/[id]/event/route";
import * as formItem from "./custom-forms/[id]/route";
import * as eventItem from "./events/[id]/route";
import * as callEvent from "./speakers-calls/[id]/event/route";
import * as roleEvent from "./users-events-roles/[id]/event/route";

/**
 * Writes through the fixed links Open Event serves with the target's detail class
 * (`/v1/speakers-calls/{id}/event`, `/v1/custom-forms/{id}/event`,
 * `/v1/users-events-roles/{id}/event` are EventDetail; `/v1/custom-form-options/{id}/custom-form`
 * is CustomFormDetail): PATCH and DELETE answer exactly what the target's own endpoint answers,
 * for every caller, and a parent the caller may not see is 404.
 */

const ACTORS = ["anonymous", "stranger", "organizer", "owner", "admin"] as const;
const tokens = new Map<string, string>();
const call = callerAs(tokens);
let owner: Awaited<ReturnType<typeof createUser>>;
let organizer: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  const stranger = await createUser();
  [owner, organizer] = [await createUser(), await createUser()];
  await addRole(stranger, await createEvent(), "organizer");
  const admin = await createUser({ isAdmin: true });
  for (const [name, user] of [["stranger", stranger], ["organizer", organizer], ["owner", owner], ["admin", admin]] as const) tokens.set(name, await signApiToken(user));
});

async function teamEvent(): Promise<Event> {
  const event = await createEvent({ owner, state: "published" });
  await addRole(organizer, event, "organizer");
  return event;
}

type Handler = Parameters<typeof call>[0];

/** The links to an event, each with the row of a new event it starts from and whether everyone may see that row. */
const LINKS: { path: string; route: { PATCH: Handler; DELETE: Handler }; row: (event: Event) => Promise<number>; seenByAll: boolean }[] = [
  { path: "speakers-calls", route: callEvent, row: async (event) => (await createSpeakersCall({ event })).id, seenByAll: true },
  { path: "custom-forms", route: formEvent, row: async (event) => (await createCustomForm({ event, isPublic: true })).id, seenByAll: true },
  {
    path: "users-events-roles",
    route: roleEvent,
    // The team member's own role, which they see (another member's they do not).
    row: async (event) => (await db.usersEventsRoles.findFirstOrThrow({ where: { eventId: event.id, userId: organizer.id } })).id,
    seenByAll: false,
  },
];

describe.each(LINKS)("PATCH and DELETE /v1/$path/{id}/event", ({ path, route, row, seenByAll }) => {
  it("PATCH changes the event as PATCH /v1/events/{id} does, for every caller; bad input is refused at its pointer", async () => {
    const event = await teamEvent();
    const id = await row(event);
    const url = `/v1/${path}/${id}/event`;
    const body = (name: string, eventId = event.id) => ({ data: { type: "event", id: String(eventId), attributes: { name } } });
    const statuses: Record<string, number> = {};
    for (const actor of ACTORS) {
      const linked = await call(route.PATCH, "PATCH", url, actor, body(`By ${actor}`), { id });
      statuses[actor] = linked.status;
      if ((actor === "stranger" || actor === "anonymous") && !seenByAll) continue;
      expect(linked, actor).toEqual(await call(eventItem.PATCH, "PATCH", `/v1/events/${event.id}`, actor, body(`By ${actor}`), { id: event.id }));
    }
    expect(statuses).toEqual({ anonymous: seenByAll ? 403 : 404, stranger: seenByAll ? 403 : 404, organizer: 200, owner: 200, admin: 200 });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).name).toBe("By admin");

    const empty = await call(route.PATCH, "PATCH", url, "owner", body(""), { id });
    expect(empty).toEqual(await call(eventItem.PATCH, "PATCH", `/v1/events/${event.id}`, "owner", body(""), { id: event.id }));
    expect([empty.status, (empty.body.errors as { source: unknown }[])[0]!.source]).toEqual([422, { pointer: "/data/attributes/name" }]);
    const otherId = await call(route.PATCH, "PATCH", url, "owner", body("Other", event.id + 1), { id });
    expect(otherId).toEqual(await call(eventItem.PATCH, "PATCH", `/v1/events/${event.id}`, "owner", body("Other", event.id + 1), { id: event.id }));
    expect([409, 422]).toContain(otherId.status);
    expect((await call(route.PATCH, "PATCH", `/v1/${path}/2147483647/event`, "admin", body("Missing"), { id: 2147483647 })).status).toBe(404);
  });

  it("DELETE deletes the event as DELETE /v1/events/{id} does, with its permissions", async () => {
    const event = await teamEvent();
    const id = await row(event);
    const url = `/v1/${path}/${id}/event`;
    const statuses: Record<string, number> = {};
    for (const actor of ["anonymous", "stranger"] as const) {
      const linked = await call(route.DELETE, "DELETE", url, actor, undefined, { id });
      statuses[actor] = linked.status;
      if (seenByAll) expect(linked, actor).toEqual(await call(eventItem.DELETE, "DELETE", `/v1/events/${event.id}`, actor, undefined, { id: event.id }));
    }
    expect(statuses).toEqual({ anonymous: seenByAll ? 403 : 404, stranger: seenByAll ? 403 : 404 });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).deletedAt).toBeNull();
    expect(await call(route.DELETE, "DELETE", url, "organizer", undefined, { id })).toEqual(DELETED);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).deletedAt).not.toBeNull();
    // The event is gone, and with it the row's way to it.
    expect((await call(route.DELETE, "DELETE", url, "organizer", undefined, { id })).status).toBe(404);
  });
});

describe("PATCH and DELETE /v1/custom-form-options/{id}/custom-form", () => {
  it("change and delete the field as /v1/custom-forms/{id} does, with its permissions", async () => {
    const event = await teamEvent();
    const field = await createCustomForm({ event, options: ["Yes", "No"] });
    const optionId = field.options[0]!.id;
    const url = `/v1/custom-form-options/${optionId}/custom-form`;
    const body = (attributes: Record<string, unknown>, id = field.id) => ({ data: { type: "custom-form", id: String(id), attributes } });
    const statuses: Record<string, number> = {};
    for (const actor of ACTORS) {
      const linked = await call(formOptionForm.PATCH, "PATCH", url, actor, body({ name: `Asked by ${actor}` }), { id: optionId });
      statuses[actor] = linked.status;
      if (actor === "anonymous" || actor === "stranger") continue;
      expect(linked, actor).toEqual(await call(formItem.PATCH, "PATCH", `/v1/custom-forms/${field.id}`, actor, body({ name: `Asked by ${actor}` }), { id: field.id }));
    }
    expect(statuses).toEqual({ anonymous: 401, stranger: 404, organizer: 200, owner: 200, admin: 200 });
    const invalid = await call(formOptionForm.PATCH, "PATCH", url, "owner", body({ name: "" }), { id: optionId });
    expect(invalid).toEqual(await call(formItem.PATCH, "PATCH", `/v1/custom-forms/${field.id}`, "owner", body({ name: "" }), { id: field.id }));
    expect([invalid.status, (invalid.body.errors as { source: unknown }[])[0]!.source]).toEqual([422, { pointer: "/data/attributes/name" }]);

    expect((await call(formOptionForm.DELETE, "DELETE", url, "stranger", undefined, { id: optionId })).status).toBe(404);
    expect(await call(formOptionForm.DELETE, "DELETE", url, "owner", undefined, { id: optionId })).toEqual(DELETED);
    expect(await db.customForm.findUnique({ where: { id: field.id } })).toBeNull();
    // The field is gone, and with it the option's way to it.
    expect((await call(formOptionForm.DELETE, "DELETE", url, "owner", undefined, { id: optionId })).status).toBe(404);
  });
});
