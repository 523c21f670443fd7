import path from "node:path";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { zipFolder } from "../../lib/import/zip-folder";
import { DEV_PASSWORD, ORGANIZER_EMAIL, openMyEvents, signIn } from "../fixtures/auth";

const PYCON = path.resolve(process.cwd(), "../shared/fixtures/open-event-legacy/PyCon17");

test("[ORGANIZER] imports the PyCon 2017 sample, follows the progress and sees its sessions and speaker photos", async ({ page }) => {
  test.setTimeout(120_000);
  const archive = Buffer.from(await zipFolder(PYCON));

  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  await openMyEvents(page);
  await page.getByRole("link", { name: "Import event" }).click();
  await expect(page).toHaveURL(/\/events\/import$/);
  await expect(page.getByRole("heading", { level: 1, name: "Import an event" })).toBeVisible();

  await page.locator('input[type="file"]').setInputFiles({ name: "pycon17.zip", mimeType: "application/zip", buffer: archive });
  await expect(page.getByTestId("import-drop-zone")).toContainText("pycon17.zip");
  await page.getByRole("button", { name: "Import" }).click();

  // The bar follows the task to its end.
  const bar = page.getByRole("progressbar", { name: "Import progress" });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
  await expect(page.getByTestId("import-progress-text")).toHaveText("Import finished");
  await expect(page.getByText("PyCon 2017 was imported as a draft with 147 sessions and 143 speakers.")).toBeVisible();

  // The past imports list shows it.
  await expect(page.getByRole("region", { name: "Past imports" })).toContainText("PyCon 2017");

  await page.getByRole("link", { name: "Open PyCon 2017" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "PyCon 2017" })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Event" });
  await nav.getByRole("link", { name: "Sessions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
  await expect(page.getByTestId("sessions-count")).toHaveText("147 sessions");

  await nav.getByRole("link", { name: "Speakers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Speakers" })).toBeVisible();
  // Photos come from the archive's images/ folder, stored and served by this site, and load.
  const photos = page.locator('main img[src^="/uploads/"]');
  await expect(photos.first()).toBeVisible();
  expect(await photos.count()).toBeGreaterThan(5);
  await photos.first().scrollIntoViewIfNeeded();
  await expect.poll(() => photos.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const response = await page.request.get((await photos.first().getAttribute("src"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\/(jpeg|png)$/);
});

test("[ORGANIZER] sees a failed import as failed, with its reason and no progress figure", async ({ page }) => {
  const zip = new JSZip();
  zip.file("event.json", "{ this is not JSON");
  const archive = await zip.generateAsync({ type: "nodebuffer" });

  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  await page.goto("/events/import");
  await page.locator('input[type="file"]').setInputFiles({ name: "broken.zip", mimeType: "application/zip", buffer: archive });
  await page.getByRole("button", { name: "Import" }).click();

  const upload = page.getByRole("region", { name: "Upload" });
  const failure = upload.getByRole("alert");
  await expect(failure).toContainText("Import failed", { timeout: 30_000 });
  await expect(failure).toContainText(/\S.*\. Nothing was imported\.$/);
  // The task stopped early (at 2 % or so): that figure is no result and is not shown.
  await expect(upload.getByRole("progressbar")).toHaveCount(0);
  await expect(upload).not.toContainText("%");
  await expect(upload.getByRole("button", { name: "Import another file" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Past imports" }).getByTestId("past-import").first()).toContainText("Failed");
});
