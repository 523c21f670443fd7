import { expect, test, type Page } from "@playwright/test";
import { DEV_PASSWORD, signIn } from "../fixtures/auth";

const ADMIN_EMAIL = "admin@example.com";
const DISCARD_MESSAGE = "You have unsaved changes. Leave this page and discard them?";

function speakerThumbnail(page: Page) {
  const form = page.getByRole("form", { name: "Speaker images" });
  const group = form.getByRole("group", { name: "Thumbnail" });
  return { form, group, width: group.getByLabel("Width"), quality: group.getByLabel("Quality"), status: form.getByRole("status") };
}

async function speakerThumbnailWidthFromApi(page: Page): Promise<number> {
  const response = await page.request.get("/v1/speaker-image-sizes");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: { attributes: Record<string, unknown> } };
  return body.data.attributes["thumbnail-width"] as number;
}

test.beforeEach(async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, DEV_PASSWORD);
  await page.goto("/admin/image-sizes");
  await expect(page.getByRole("heading", { level: 1, name: "Image sizes" })).toBeVisible();
});

test("[ADMIN] changes the speaker thumbnail size, navigates away, confirms the discard, and the old value is still there", async ({ page }) => {
  const nav = page.getByRole("navigation", { name: "Admin" });
  const { width, status } = speakerThumbnail(page);
  const old = await width.inputValue();
  expect(Number(old)).toBeGreaterThan(0);
  const changed = String(Number(old) + 37);

  await width.fill(changed);
  await expect(status).toHaveText("Unsaved changes");

  // Cancelling the prompt keeps the page and the typed value.
  const dismissed = new Promise<string>((resolve) =>
    page.once("dialog", (dialog) => {
      resolve(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    }),
  );
  await nav.getByRole("link", { name: "Messages" }).click();
  expect(await dismissed).toBe(`confirm: ${DISCARD_MESSAGE}`);
  await expect(page).toHaveURL(/\/admin\/image-sizes$/);
  await expect(width).toHaveValue(changed);

  // Confirming discards the change: it was never saved.
  page.once("dialog", (dialog) => void dialog.accept());
  await nav.getByRole("link", { name: "Messages" }).click();
  await expect(page).toHaveURL(/\/admin\/messages$/);
  await expect(page.getByRole("heading", { level: 1, name: "Messages" })).toBeVisible();

  await nav.getByRole("link", { name: "Image sizes" }).click();
  await expect(page).toHaveURL(/\/admin\/image-sizes$/);
  await expect(speakerThumbnail(page).width).toHaveValue(old);
  expect(await speakerThumbnailWidthFromApi(page)).toBe(Number(old));
});

test("[ADMIN] an invalid size shows its message beside the field and is not saved", async ({ page }) => {
  const { form, group, width, quality } = speakerThumbnail(page);
  const old = await width.inputValue();

  await width.fill("0");
  await expect(group.getByRole("alert")).toHaveText("Must be at least 1");
  await expect(width).toHaveAttribute("aria-invalid", "true");
  await expect(width).toHaveAccessibleDescription("Must be at least 1");

  await quality.fill("101");
  await expect(quality).toHaveAccessibleDescription("Must be at most 100");

  await form.getByRole("button", { name: "Save speaker images" }).click();
  await expect(width).toBeFocused();
  expect(await speakerThumbnailWidthFromApi(page)).toBe(Number(old));

  // Correcting the value clears its message as you type.
  await width.fill(old);
  await expect(width).not.toHaveAttribute("aria-invalid", "true");
  await expect(group.getByText("Must be at least 1")).toHaveCount(0);
});

test("[ADMIN] saves the event large size; Back with unsaved changes asks first", async ({ page }) => {
  const form = page.getByRole("form", { name: "Event images" });
  const large = form.getByRole("group", { name: "Large" });
  await expect(large.getByText("Large: event page banner")).toBeVisible();
  const aspect = large.getByLabel("Standard aspect ratio is 13:5. Tick to maintain aspect ratio.");
  await expect(aspect).toBeChecked();

  const quality = large.getByLabel("Quality");
  const old = await quality.inputValue();
  const next = old === "75" ? "76" : "75";
  await quality.fill(next);
  await form.getByRole("button", { name: "Save event images" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved. New uploads use these sizes.");

  // Saved values survive a reload (no prompt: nothing is unsaved).
  await page.reload();
  await expect(page.getByRole("form", { name: "Event images" }).getByRole("group", { name: "Large" }).getByLabel("Quality")).toHaveValue(next);

  // Back while dirty: cancelling stays, confirming leaves.
  await page.goto("/admin/messages");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Image sizes" }).click();
  const again = page.getByRole("form", { name: "Event images" }).getByRole("group", { name: "Large" }).getByLabel("Quality");
  await again.fill(old);
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.goBack();
  await expect(page).toHaveURL(/\/admin\/image-sizes$/);
  await expect(again).toHaveValue(old);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.goBack();
  await expect(page).toHaveURL(/\/admin\/messages$/);
});
