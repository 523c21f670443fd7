import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import type { Event } from "@/lib/generated/prisma/client";
import { failure, params, read, request } from "@/lib/testing/api";
import { addRole, createEvent, createSession, createUser } from "@/prisma/factories";
import * as dates from "./dates/route";
import * as languages from "./languages/route";

/**
 * `GET /v1/events/{id|identifier}/sessions/dates` and `/sessions/languages`: Open Event's plain
 * JSON lists for the schedule's filters, from the sessions the caller sees; days in the event's
 * time zone.
 */

let event: Event;
let draft: Event;
let organizerToken: string;

beforeAll(async () => {
  const organizer = await createUser();
  event = await createEvent({ state: "published", timezone: "Asia/Singapore", schedulePublishedOn: new Date("2030-02-01T00:00:00Z") });
  draft = await createEvent({ state: "draft" });
  await addRole(organizer, event, "organizer");
  organizerToken = await signApiToken(organizer);
  const at = (iso: string) => ({ startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + 3_600_000) });
  // 01:00 on 11 March in Singapore is still 10 March in UTC.
  await createSession({ event, state: "accepted", language: "English", ...at("2030-03-10T17:00:00Z") });
  await createSession({ event, state: "confirmed", language: "German", ...at("2030-03-12T02:00:00Z") });
  await createSession({ event, state: "confirmed", language: "English", ...at("2030-03-12T05:00:00Z") });
  await createSession({ event, state: "pending", language: "Tamil", ...at("2030-03-13T02:00:00Z") });
  await createSession({ event, state: "accepted", language: null, ...at("2030-03-11T03:00:00Z") });
});

async function get(route: typeof dates | typeof languages, name: string, key: string | number, token?: string) {
  const response = await route.GET(request("GET", `/v1/events/${key}/sessions/${name}`, { token }), params({ id: key }));
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as unknown };
}

describe("GET /v1/events/{id}/sessions/dates", () => {
  it("lists the event's days with accepted or confirmed sessions, by id or identifier, for everyone who sees the schedule", async () => {
    for (const key of [event.id, event.identifier]) {
      for (const token of [undefined, organizerToken]) {
        expect(await get(dates, "dates", key, token)).toEqual({ status: 200, type: "application/json", body: ["2030-03-11", "2030-03-12"] });
      }
    }
  });
});

describe("GET /v1/events/{id}/sessions/languages", () => {
  it("lists the languages of the sessions the caller sees: the public those of the schedule, the team every proposal's", async () => {
    expect(await get(languages, "languages", event.identifier)).toEqual({ status: 200, type: "application/json", body: ["English", "German"] });
    expect(await get(languages, "languages", event.id, organizerToken)).toEqual({ status: 200, type: "application/json", body: ["English", "German", "Tamil"] });
  });
});

describe("both lists", () => {
  it("answer 404 for an event the caller may not view, and for none", async () => {
    for (const [route, name] of [[dates, "dates"], [languages, "languages"]] as const) {
      expect(await read(await route.GET(request("GET", `/v1/events/${draft.id}/sessions/${name}`), params({ id: draft.id })))).toEqual(failure(404, "Event not found"));
      expect((await read(await route.GET(request("GET", `/v1/events/no-such-event/sessions/${name}`), params({ id: "no-such-event" })))).status).toBe(404);
    }
  });
});
