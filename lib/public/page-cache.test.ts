import { describe, expect, it } from "vitest";
import { createEvent, createSession, createSpeaker, createSponsor, createUser } from "../../prisma/factories";
import { db, queryCount } from "../db";
import type { RenderedResponse } from "../http/response-copies";
import { pageCache } from "./page-cache";
import { CACHED_PAGE_HEADER, isCacheablePageRequest, PAGE_RENDER_HEADER } from "./page-cache-rules";

/** A render that counts its calls and shows the session titles of the event, as the page does. */
function countingRender(eventId: number, answer: Partial<RenderedResponse> = {}) {
  const calls: { page: string; origin: string }[] = [];
  const render = async (page: string, origin: string): Promise<RenderedResponse> => {
    calls.push({ page, origin });
    const titles = (await db.session.findMany({ where: { eventId }, orderBy: { id: "asc" }, select: { title: true } })).map((s) => s.title);
    return { status: 200, headers: [["content-type", "text/html; charset=utf-8"]], body: new TextEncoder().encode(`${origin}${page}: ${titles.join(", ")}`), ...answer };
  };
  return { calls, render };
}

function rewritten(page: string, headers: Record<string, string> = {}) {
  return new Request("http://127.0.0.1:3000/api/page-cache", { headers: { host: "events.example.org", [CACHED_PAGE_HEADER]: page, ...headers } });
}

async function scheduledEvent() {
  const owner = await createUser();
  const event = await createEvent({ owner, schedulePublishedOn: new Date("2027-01-01T00:00:00Z") });
  const ada = await createSpeaker({ event, name: "Ada" });
  const talk = await createSession({ event, title: "Opening", speakers: [ada] });
  return { event, ada, talk };
}

describe("the public page cache", () => {
  it("renders a page once and serves the copy with one query (the stamp) per request", async () => {
    const { event } = await scheduledEvent();
    const { calls, render } = countingRender(event.id);
    const serve = pageCache(render);
    const page = `/e/${event.identifier}/schedule?track=1`;

    const first = await serve(rewritten(page));
    expect(first.status).toBe(200);
    expect(first.headers.get("x-open-event-cache")).toBe("render");
    expect(await first.text()).toBe(`http://events.example.org${page}: Opening`);

    const before = queryCount();
    const second = await serve(rewritten(page));
    expect(queryCount() - before).toBe(1);
    expect(second.headers.get("x-open-event-cache")).toBe("hit");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await second.text()).toBe(`http://events.example.org${page}: Opening`);
    expect(calls).toEqual([{ page, origin: "http://events.example.org" }]);
  });

  it("keeps a copy per origin, path and query", async () => {
    const { event } = await scheduledEvent();
    const { calls, render } = countingRender(event.id);
    const serve = pageCache(render);
    await serve(rewritten(`/e/${event.identifier}/schedule`));
    await serve(rewritten(`/e/${event.identifier}/schedule?view=grid`));
    await serve(rewritten(`/e/${event.identifier}/schedule/embed`));
    await serve(rewritten(`/e/${event.identifier}/schedule`, { "x-forwarded-host": "other.example.org", "x-forwarded-proto": "https" }));
    await serve(rewritten(`/e/${event.identifier}/schedule?view=grid`));
    expect(calls.map((call) => `${call.origin}${call.page}`)).toEqual([
      `http://events.example.org/e/${event.identifier}/schedule`,
      `http://events.example.org/e/${event.identifier}/schedule?view=grid`,
      `http://events.example.org/e/${event.identifier}/schedule/embed`,
      `https://other.example.org/e/${event.identifier}/schedule`,
    ]);
  });

  it("renders afresh after any write the page shows, SQL by hand included, and for a numeric id too", async () => {
    const { event, ada, talk } = await scheduledEvent();
    const { calls, render } = countingRender(event.id);
    const serve = pageCache(render);
    const page = `/e/${event.identifier}/schedule`;
    const text = async () => (await serve(rewritten(page))).text();

    expect(await text()).toMatch(/: Opening$/);
    await db.$executeRaw`UPDATE "Session" SET title = 'Welcome' WHERE id = ${talk.id}`;
    expect(await text()).toMatch(/: Welcome$/);
    await db.speaker.update({ where: { id: ada.id }, data: { name: "Ada L." } });
    await text();
    await db.setting.upsert({ where: { id: 1 }, create: { id: 1 }, update: { appName: "Renamed" } });
    await text();
    await db.page.create({ data: { name: `about-${event.id}`, title: "About", url: `about-${event.id}`, place: "footer" } });
    await text();
    await createSponsor({ event, name: "Acme" });
    await text();
    await db.speakersCall.create({ data: { eventId: event.id, announcement: "Send talks", startsAt: new Date(), endsAt: new Date(Date.now() + 86_400_000), hash: `call-${event.id}` } });
    await text();
    expect(calls).toHaveLength(7);
    expect(await text()).toMatch(/: Welcome$/);
    expect(calls).toHaveLength(7);

    const byId = `/e/${event.id}/schedule`;
    await serve(rewritten(byId));
    await db.session.update({ where: { id: talk.id }, data: { title: "Keynote" } });
    expect(await (await serve(rewritten(byId))).text()).toMatch(/: Keynote$/);
    expect(calls.slice(-2).map((call) => call.page)).toEqual([byId, byId]);
  });

  it("renders afresh after a minute, for what the page says about the time", async () => {
    const { event } = await scheduledEvent();
    const { calls, render } = countingRender(event.id);
    let clock = 1_000_000;
    const serve = pageCache(render, () => clock);
    const page = `/e/${event.identifier}/schedule`;
    await serve(rewritten(page));
    clock += 59_000;
    await serve(rewritten(page));
    expect(calls).toHaveLength(1);
    clock += 2_000;
    await serve(rewritten(page));
    expect(calls).toHaveLength(2);
  });

  it("shares one render among concurrent requests", async () => {
    const { event } = await scheduledEvent();
    const { calls, render } = countingRender(event.id);
    const serve = pageCache(render);
    const answers = await Promise.all(Array.from({ length: 5 }, () => serve(rewritten(`/e/${event.identifier}/schedule`))));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(calls).toHaveLength(1);
  });

  it("keeps only 200 HTML: a 404 or another type is rendered for every request", async () => {
    const { event } = await scheduledEvent();
    const missing = countingRender(event.id, { status: 404 });
    const serveMissing = pageCache(missing.render);
    expect((await serveMissing(rewritten("/e/no-such-event/schedule"))).status).toBe(404);
    expect((await serveMissing(rewritten("/e/no-such-event/schedule"))).status).toBe(404);
    expect(missing.calls).toHaveLength(2);

    const json = countingRender(event.id, { headers: [["content-type", "application/json"]] });
    const serveJson = pageCache(json.render);
    await serveJson(rewritten(`/e/${event.identifier}/schedule`));
    await serveJson(rewritten(`/e/${event.identifier}/schedule`));
    expect(json.calls).toHaveLength(2);

    let fail = true;
    const flaky = pageCache(async (page, origin) => {
      if (fail) throw new Error("render failed");
      return countingRender(event.id).render(page, origin);
    });
    await expect(flaky(rewritten(`/e/${event.identifier}/schedule`))).rejects.toThrow("render failed");
    fail = false;
    expect((await flaky(rewritten(`/e/${event.identifier}/schedule`))).status).toBe(200);
  });

  it("answers 404 to requests the proxy did not send, and to pages it does not keep", async () => {
    const { event } = await scheduledEvent();
    const { calls, render } = countingRender(event.id);
    const serve = pageCache(render);
    expect((await serve(new Request("http://127.0.0.1:3000/api/page-cache"))).status).toBe(404);
    for (const page of [`/e/${event.identifier}/propose`, `/e/${event.identifier}/sessions`, "//evil.example/e/x/schedule", "https://evil.example/e/x/schedule", "/admin"]) {
      expect((await serve(rewritten(page))).status, page).toBe(404);
    }
    expect(calls).toEqual([]);
    // A segment that does not decode names no event; the page itself answers it.
    expect((await serve(rewritten("/e/%E0%A4%A/schedule"))).status).toBe(200);
  });
});

describe("which requests the page cache answers", () => {
  const request = (headers: Record<string, string> = {}, path = "/e/ots2027/schedule", search = "", method = "GET") => ({
    method,
    pathname: path,
    search,
    headers: new Headers(headers),
  });

  it("answers a signed-out browser's GET of the event's public site", () => {
    expect(isCacheablePageRequest(request())).toBe(true);
    for (const path of ["/e/ots2027", "/e/ots2027/", "/e/ots2027/speakers", "/e/ots2027/speakers/12", "/e/ots2027/sessions/7"]) {
      expect(isCacheablePageRequest(request({}, path)), path).toBe(true);
    }
    expect(isCacheablePageRequest(request({}, "/e/ots2027/schedule/embed", "?track=2"))).toBe(true);
    expect(isCacheablePageRequest(request({ cookie: "theme=dark" }, "/e/ots2027/schedule/", "?view=grid"))).toBe(true);
  });

  it("leaves everything else to the page: signed-in visitors, RSC payloads, actions, renders, other pages and methods", () => {
    for (const [name, value] of [
      ["cookie", "authjs.session-token=abc"],
      ["cookie", "a=b; __Secure-authjs.session-token.0=abc"],
      ["authorization", "JWT abc"],
      ["rsc", "1"],
      ["next-router-prefetch", "1"],
      ["next-router-state-tree", "%5B%5D"],
      ["next-action", "abc"],
      [PAGE_RENDER_HEADER, "1"],
    ] as const) {
      expect(isCacheablePageRequest(request({ [name]: value })), name).toBe(false);
    }
    expect(isCacheablePageRequest(request({}, "/e/ots2027/schedule", "?_rsc=x1"))).toBe(false);
    expect(isCacheablePageRequest(request({}, "/e/ots2027/schedule", "", "POST"))).toBe(false);
    expect(isCacheablePageRequest(request({}, "/e/ots2027/schedule", "", "HEAD"))).toBe(false);
    for (const path of ["/e/ots2027/propose", "/e/ots2027/sessions", "/e/ots2027/speakers/x", "/e/ots2027/schedule/x", "/e/ots2027/schedule/embed/x", "/dashboard", "/e"]) {
      expect(isCacheablePageRequest(request({}, path)), path).toBe(false);
    }
  });
});

