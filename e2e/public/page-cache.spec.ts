import { expect, test, type Page } from "@playwright/test";
import { DEV_PASSWORD, ORGANIZER_EMAIL, signIn } from "../fixtures/auth";
import { createEvent } from "../fixtures/events";

const JSON_API = { "content-type": "application/vnd.api+json", accept: "application/vnd.api+json" };

/** A published event with a published schedule of one accepted session, made through the API as the signed-in organizer. */
async function publicEvent(page: Page): Promise<{ identifier: string; sessionId: string }> {
  const identifier = await createEvent(page, { name: `Kept pages ${Date.now()}` });
  const event = (await (await page.request.get(`/v1/events/${identifier}`)).json()) as { data: { id: string } };
  const created = await page.request.post(`/v1/events/${event.data.id}/sessions`, {
    headers: JSON_API,
    data: { data: { type: "session", attributes: { title: "Opening talk", state: "accepted", "starts-at": "2031-03-05T01:00:00Z", "ends-at": "2031-03-05T02:00:00Z" } } },
  });
  expect(created.status()).toBe(201);
  const published = await page.request.patch(`/v1/events/${event.data.id}`, {
    headers: JSON_API,
    data: { data: { type: "event", id: event.data.id, attributes: { state: "published", "schedule-published-on": new Date().toISOString() } } },
  });
  expect(published.status()).toBe(200);
  return { identifier, sessionId: ((await created.json()) as { data: { id: string } }).data.id };
}

test("[ATTENDEE] signed-out visitors get the kept copy of the event's pages and see an organizer's change on the next load; signed-in visitors get the page itself", async ({ page, browser, baseURL }) => {
  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  const { identifier, sessionId } = await publicEvent(page);
  const schedule = `/e/${identifier}/schedule`;

  const context = await browser.newContext({ baseURL });
  const visitor = await context.newPage();
  const first = await visitor.goto(schedule);
  expect(first?.headers()["x-open-event-cache"]).toBe("render");
  await expect(visitor.getByRole("heading", { level: 3, name: "Opening talk" })).toBeVisible();
  const again = await visitor.reload();
  expect(again?.headers()["x-open-event-cache"]).toBe("hit");
  // The copy is the page: the same security headers, and it still works in the browser.
  expect(again?.headers()["x-frame-options"]).toBe("DENY");
  await expect(visitor.getByRole("heading", { level: 3, name: "Opening talk" })).toBeVisible();

  const renamed = await page.request.patch(`/v1/sessions/${sessionId}`, {
    headers: JSON_API,
    data: { data: { type: "session", id: sessionId, attributes: { title: "Keynote" } } },
  });
  expect(renamed.status()).toBe(200);
  const changed = await visitor.reload();
  expect(changed?.headers()["x-open-event-cache"]).toBe("render");
  await expect(visitor.getByRole("heading", { level: 3, name: "Keynote" })).toBeVisible();

  // The session's own page and the overview are kept too; the organizer is always rendered for.
  expect((await visitor.goto(`/e/${identifier}/sessions/${sessionId}`))?.headers()["x-open-event-cache"]).toBe("render");
  await expect(visitor.getByRole("heading", { level: 1, name: "Keynote" })).toBeVisible();
  expect((await page.goto(schedule))?.headers()["x-open-event-cache"]).toBeUndefined();
  await expect(page.getByRole("heading", { level: 3, name: "Keynote" })).toBeVisible();
  await context.close();
});
