import { expect, test } from "@playwright/test";
import { DEV_PASSWORD, signIn } from "../fixtures/auth";
import { postEvent } from "../fixtures/events";

const ADMIN_EMAIL = "admin@example.com";

/** A 52×20 red PNG. */
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAADQAAAAUCAIAAABNtomKAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAO0lEQVRIie2WSQ0AQBDCRk39C6qYlcE+miCAEK4TvsXNGRg5Uo692ywQpBx5jgJhVUIlTAtB2+r6kggPVQGyvcg3YD8AAAAASUVORK5CYII=";

test("[ADMIN] creates a topic with an uploaded image, and an event without an image of its own shows it", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Quantum Gardening ${Date.now().toString(36)}`;
  await signIn(page, ADMIN_EMAIL, DEV_PASSWORD);
  await page.goto("/admin/event-topics");
  const add = page.getByRole("form", { name: "Add topic" });
  await add.getByLabel("Name").fill(name);
  await add.locator('input[type="file"]').setInputFiles({ name: "topic.png", mimeType: "image/png", buffer: Buffer.from(PNG, "base64") });
  await expect(add.getByText("Uploaded; save to keep it.")).toBeVisible();
  const image = await add.getByLabel("System image").inputValue();
  expect(image).toMatch(/^\/uploads\//);
  await add.getByRole("button", { name: "Add topic" }).click();
  await expect(add.getByRole("status").filter({ hasText: "Topic added." })).toBeVisible();

  // Listed with its image and the slug made from its name.
  const row = page.getByRole("list", { name: "Topics" }).getByRole("listitem").filter({ hasText: name });
  await expect(row.locator(`img[src="${image}"]`)).toBeVisible();
  await expect(row).toContainText(name.toLowerCase().replace(/ /g, "-"));
  const href = await row.getByRole("link", { name }).getAttribute("href");
  const topicId = /^\/admin\/event-topics\/(\d+)$/.exec(href ?? "")?.[1];
  expect(topicId, href ?? "").toBeDefined();

  // An event of that topic without an image of its own.
  const identifier = await postEvent(
    page,
    { name: `${name} Meetup`, timezone: "UTC", "starts-at": "2031-05-01T08:00:00Z", "ends-at": "2031-05-01T16:00:00Z", state: "published" },
    { "event-topic": { data: { type: "event-topic", id: topicId } } },
  );

  await page.goto(`/e/${identifier}`);
  await expect(page.getByRole("heading", { level: 1, name: `${name} Meetup` })).toBeVisible();
  await expect(page.locator(`main img[src="${image}"]`).first()).toBeVisible();
  // The file itself is served.
  expect((await page.request.get(image)).headers()["content-type"]).toMatch(/^image\//);

  // The topic's page adds a sub-topic; the topic cannot be deleted while an event uses it.
  await page.goto(`/admin/event-topics/${topicId}`);
  const addSub = page.getByRole("form", { name: "Add sub-topic" });
  await addSub.getByLabel("Name").fill("Hydroponics");
  await addSub.getByRole("button", { name: "Add sub-topic" }).click();
  await expect(page.getByRole("list", { name: "Sub-topics" }).getByText("Hydroponics", { exact: true })).toBeVisible();
  await page.goto("/admin/event-topics");
  await row.getByRole("button", { name: `Delete ${name}` }).click();
  await row.getByRole("button", { name: "Delete topic" }).click();
  await expect(row.getByRole("alert")).toHaveText("This event topic is used by 1 event");
});
