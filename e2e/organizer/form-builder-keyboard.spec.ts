import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "../fixtures/auth";
import { createEvent } from "../fixtures/events";

const sessionFields = (page: Page) => page.getByRole("list", { name: "Session form fields" }).getByRole("listitem");
const names = (page: Page) => sessionFields(page).evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")));
/** The preview's field labels in order, without the required marks. */
const previewLabels = (page: Page) =>
  page
    .getByRole("form", { name: "Preview of the session form" })
    .locator("label[for], label[id$='-label'], legend")
    .evaluateAll((labels) => labels.map((label) => label.textContent?.replace(/\s*\*$/, "").trim()).filter((text) => text && !text.startsWith("Upload")));

test("[ORGANIZER] moves a field with dnd-kit's keyboard dragging (Space, arrow, Space), hears where it went, saves, and the order persists in the list and the preview", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail("drag"), "correct horse battery");
  const eventId = await createEvent(page, { name: `Drag Conf ${Date.now().toString(36)}` });
  await page.goto(`/events/${eventId}/forms`);
  await expect(page.getByRole("heading", { level: 1, name: "Forms" })).toBeVisible();
  const before = await names(page);
  expect(before.slice(0, 4)).toEqual(["Title", "Subtitle", "Short Abstract", "Long Abstract"]);

  // The handle is one tab stop; Space picks the field up, an arrow moves it, Space drops it.
  const handle = page.getByRole("button", { name: "Drag Short Abstract" });
  await handle.focus();
  await expect(handle).toHaveAccessibleDescription(/press Space, then the up and down arrows/);
  // dnd-kit's live region (one per list, in the body) says where the field is.
  const said = (text: string) => expect(page.locator("[id^='DndLiveRegion']").filter({ hasText: text })).toHaveCount(1);
  await page.keyboard.press("Space");
  await said(`Picked up Short Abstract, position 3 of ${before.length}.`);
  await page.keyboard.press("ArrowUp");
  await said(`Short Abstract is over position 2 of ${before.length}.`);
  await page.keyboard.press("ArrowUp");
  await said(`Short Abstract is over position 1 of ${before.length}.`);
  await page.keyboard.press("Space");
  await said(`Dropped Short Abstract at position 1 of ${before.length}.`);
  const moved = ["Short Abstract", "Title", "Subtitle", ...before.slice(3)];
  await expect.poll(() => names(page)).toEqual(moved);
  await expect(handle).toBeFocused();
  // The live preview follows at once (it shows the included fields only: not the subtitle).
  await expect.poll(async () => (await previewLabels(page)).slice(0, 3)).toEqual(["Short Abstract", "Title", "Slides"]);

  await page.getByRole("button", { name: "Save the session form" }).click();
  await expect(page.getByRole("tabpanel", { name: "Session form" }).getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect.poll(() => names(page)).toEqual(moved);
  await expect.poll(async () => (await previewLabels(page)).slice(0, 3)).toEqual(["Short Abstract", "Title", "Slides"]);

  // Escape puts a picked-up field back where it was.
  await page.getByRole("button", { name: "Drag Subtitle" }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Escape");
  await said("Moving Subtitle was cancelled.");
  expect(await names(page)).toEqual(moved);
});
