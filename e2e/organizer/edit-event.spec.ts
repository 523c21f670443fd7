import { expect, test } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "../fixtures/auth";
import { postEvent } from "../fixtures/events";

test("[ORGANIZER] edits an event, publishes it, then unpublishes it and the public loses it", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail("edit"), "correct horse battery");
  const name = `Lisbon Data Days ${Date.now().toString(36)}`;
  const identifier = await postEvent(page, { name, timezone: "Europe/Lisbon", "starts-at": "2031-09-01T08:00:00Z", "ends-at": "2031-09-01T16:00:00Z" });

  await page.goto(`/events/${identifier}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  // The form shows the event's own wall times (Lisbon is UTC+1 in September).
  await expect(page.getByLabel("Starts")).toHaveValue("2031-09-01T09:00");
  const renamed = `${name} (two days)`;
  await page.getByLabel("Name").fill(renamed);
  // A bad change is refused beside its field and nothing is saved…
  await page.getByLabel("Ends").fill("2031-09-01T08:00");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Must be after the start")).toBeVisible();
  // …until it is fixed.
  await page.getByLabel("Ends").fill("2031-09-02T17:00");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByText(/Mon, 1 Sept? 2031, 09:00 – Tue, 2 Sept? 2031, 17:00/).first()).toBeVisible();

  const api = await page.request.get(`/v1/events/${identifier}`);
  const attributes = ((await api.json()) as { data: { attributes: Record<string, unknown> } }).data.attributes;
  expect([attributes.name, attributes["ends-at"]]).toEqual([renamed, "2031-09-02T16:00:00.000Z"]);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("event-state")).toHaveText("Published");
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByTestId("event-state")).toHaveText("Draft");
  await expect(page.getByRole("button", { name: "Publish" })).toBeVisible();

  // A draft is invisible to anyone without a role on it.
  await signOut(page);
  const anonymous = await page.request.get(`/v1/events/${identifier}`);
  expect(anonymous.status()).toBe(404);
  const publicPage = await page.goto(`/e/${identifier}`);
  expect(publicPage?.status()).toBe(404);
});

test("[ORGANIZER] shows the organizer on the event page only with its switch on", async ({ page }) => {
  await signUp(page, uniqueEmail("owner-info"), "correct horse battery");
  const name = `Porto Open Days ${Date.now().toString(36)}`;
  const identifier = await postEvent(page, {
    name,
    "starts-at": "2031-10-01T08:00:00Z",
    "ends-at": "2031-10-01T16:00:00Z",
    state: "published",
    "owner-name": "Porto Makers Guild",
    "owner-description": "Volunteers who run the city's hack nights.",
    "has-owner-info": false,
  });

  await page.goto(`/e/${identifier}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Porto Makers Guild")).toHaveCount(0);

  await page.goto(`/events/${identifier}`);
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const shown = page.getByLabel("Show the organizer on the event page");
  await expect(shown).not.toBeChecked();
  await shown.check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.goto(`/e/${identifier}`);
  const organizer = page.getByRole("region", { name: "Organizer" });
  await expect(organizer).toContainText("Porto Makers Guild");
  await expect(organizer).toContainText("Volunteers who run the city's hack nights.");
});
