import { describe, expect, it } from "vitest";
import { GET as listSessions } from "@/app/v1/events/[id]/sessions/route";
import { GET as listSponsors } from "@/app/v1/events/[id]/sponsors/route";
import { signApiToken } from "@/lib/auth/api-token";
import { db, queryCount } from "@/lib/db";
import { params, request } from "@/lib/testing/api";
import { createEvent, createSession, createSpeaker, createSponsor, createTrack, createUser } from "../../prisma/factories";

async function get(handler: typeof listSessions, path: string, id: string, token?: string) {
  const before = queryCount();
  const response = await handler(request("GET", path, { token }), params({ id }));
  const body = (await response.json()) as { data: { attributes: Record<string, unknown> }[]; included?: { type: string; attributes: Record<string, unknown> }[] };
  return { status: response.status, cache: response.headers.get("x-open-event-cache"), queries: queryCount() - before, body };
}

async function publicEvent() {
  const owner = await createUser();
  const event = await createEvent({ owner, schedulePublishedOn: new Date("2027-01-01T00:00:00Z") });
  const track = await createTrack({ event, name: "Web" });
  const ada = await createSpeaker({ event, name: "Ada" });
  const talk = await createSession({ event, title: "Opening", track, speakers: [ada] });
  return { owner, event, track, ada, talk };
}

describe("anonymous documents of an event's schedule collections", () => {
  it("are built once per change of the event's stamp and answer a repeat with one query", async () => {
    const { event } = await publicEvent();
    const path = `/v1/events/${event.identifier}/sessions?include=speakers,track`;
    const first = await get(listSessions, path, event.identifier);
    expect([first.status, first.cache]).toEqual([200, "render"]);
    const again = await get(listSessions, path, event.identifier);
    expect([again.status, again.cache, again.queries]).toEqual([200, "hit", 1]);
    expect(again.body).toEqual(first.body);
  });

  it("show every write at once, through a service, the data layer or SQL by hand", async () => {
    const { event, track, ada, talk } = await publicEvent();
    const path = `/v1/events/${event.id}/sessions?include=speakers,track`;
    const shown = async () => {
      const { body } = await get(listSessions, path, String(event.id));
      return [body.data.map((s) => s.attributes.title), (body.included ?? []).map((r) => r.attributes.name).sort()];
    };
    expect(await shown()).toEqual([["Opening"], ["Ada", "Web"]]);
    await db.$executeRaw`UPDATE "Session" SET title = 'Welcome' WHERE id = ${talk.id}`;
    expect(await shown()).toEqual([["Welcome"], ["Ada", "Web"]]);
    await db.speaker.update({ where: { id: ada.id }, data: { name: "Ada L." } });
    await db.track.update({ where: { id: track.id }, data: { name: "Frontend" } });
    expect(await shown()).toEqual([["Welcome"], ["Ada L.", "Frontend"]]);
    await db.session.update({ where: { id: talk.id }, data: { state: "rejected" } });
    expect(await shown()).toEqual([[], []]);
  });

  it("are built for every request of a signed-in caller, of other collections and of includes outside the schedule", async () => {
    const { owner, event } = await publicEvent();
    await createSponsor({ event });
    const token = await signApiToken(owner);
    const twice = async (handler: typeof listSessions, path: string, caller?: string) => {
      await get(handler, path, event.identifier, caller);
      return (await get(handler, path, event.identifier, caller)).cache;
    };
    expect(await twice(listSessions, `/v1/events/${event.identifier}/sessions`, token)).toBeNull();
    expect(await twice(listSponsors, `/v1/events/${event.identifier}/sponsors`)).toBeNull();
    expect(await twice(listSessions, `/v1/events/${event.identifier}/sessions?include=event`)).toBeNull();
    expect(await twice(listSessions, `/v1/events/${event.identifier}/sessions?include=speakers.sessions,track`)).toBe("hit");
  });

  it("keep errors out: an event the public cannot see answers 404 each time", async () => {
    const draft = await createEvent({ state: "draft" });
    for (let i = 0; i < 2; i++) {
      const { status, cache } = await get(listSessions, `/v1/events/${draft.identifier}/sessions`, draft.identifier);
      expect([status, cache]).toEqual([404, null]);
    }
  });
});
