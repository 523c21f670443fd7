import { expect, test } from "@playwright/test";
import { DEV_PASSWORD, ORGANIZER_EMAIL, signIn } from "../fixtures/auth";

const SPEAKER_EMAIL = "speaker@example.com";

test("[SPEAKER] proposes a session; [ORGANIZER] the bell shows 1 unread without a reload, and opening it marks it read", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  // [ORGANIZER] starts with nothing unread (earlier tests may have left notifications).
  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  const cleared = await page.request.post("/v1/notifications/mark-all-read");
  expect(cleared.ok()).toBe(true);
  await page.goto("/events");
  const bell = page.getByRole("button", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications");

  // [SPEAKER], in a browser of their own, proposes a session on the public event page.
  const { baseURL, timezoneId, locale } = testInfo.project.use;
  const speakerContext = await browser.newContext({ baseURL, timezoneId, locale });
  const speaker = await speakerContext.newPage();
  const title = `Pipelines that <b>never</b> sleep ${Date.now().toString(36)}`;
  try {
    await signIn(speaker, SPEAKER_EMAIL, DEV_PASSWORD);
    await speaker.goto("/e/ots2027");
    await speaker.getByRole("link", { name: "Propose a session" }).click();
    await expect(speaker.getByRole("heading", { level: 1, name: "Propose a session" })).toBeVisible();
    const form = speaker.getByRole("form", { name: "Session proposal" });
    // The shared schema answers as one types: a missing title is named beside its field.
    await form.getByRole("button", { name: "Submit proposal" }).click();
    await expect(form.getByText("Title is required")).toBeVisible();
    await form.getByLabel("Title").fill(title);
    await form.getByRole("textbox", { name: "Short abstract" }).fill("Event-driven data pipelines that keep running through failures.");
    await form.getByLabel("Track").selectOption({ index: 1 });
    await expect(form.getByRole("region", { name: "About you" }).getByRole("textbox", { name: "Name", exact: true })).not.toHaveValue("");
    await form.getByRole("button", { name: "Submit proposal" }).click();
    await expect(speaker).toHaveURL(/\/my-sessions\/\d+$/);
    await expect(speaker.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(speaker.locator("[data-state]").first()).toHaveText(/^pending$/i);
  } finally {
    await speakerContext.close();
  }

  // [ORGANIZER] the bell counts the proposal without a reload (polling brings it in).
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread", { timeout: 45_000 });
  await expect(page.getByTestId("notification-count")).toHaveText("1");

  await bell.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Latest notifications" });
  const item = menu.getByRole("menuitem", { name: /New session proposal/ });
  // The title is shown as the speaker typed it, markup and all, never as HTML.
  await expect(item).toContainText(`proposed the session “${title}” for Open Tech Summit 2027.`);
  // Keyboard users land on the newest notification.
  await expect(item).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(bell).toBeFocused();

  // Opening it leads to the proposal and marks it read.
  await bell.click();
  await menu.getByRole("menuitem", { name: /New session proposal/ }).click();
  await expect(page).toHaveURL(/\/events\/\d+\/sessions\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(bell).toHaveAccessibleName("Notifications");

  // The notifications page: mark it unread again, then everything read; the bell follows.
  await page.goto("/notifications");
  const list = page.getByRole("list", { name: "Notifications" });
  const entry = list.getByRole("listitem").filter({ hasText: title });
  await entry.getByRole("button", { name: "Mark unread" }).click();
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await expect(entry.getByRole("button", { name: "Mark read" })).toBeVisible();
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(bell).toHaveAccessibleName("Notifications");
  await expect(entry.getByRole("button", { name: "Mark unread" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark all read" })).toBeDisabled();
});
