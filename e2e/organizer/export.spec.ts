import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEV_PASSWORD, ORGANIZER_EMAIL, signIn } from "../fixtures/auth";

test("[ORGANIZER] exports the schedule as iCal", async ({ page }) => {
  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  await page.goto("/events/ots2027");
  await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Export" }).click();
  await expect(page).toHaveURL(/\/events\/ots2027\/export$/);
  await expect(page.getByRole("heading", { name: "Export", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "iCal", exact: true }).click();
  const status = page.getByTestId("export-status");
  const progress = status.getByRole("progressbar");
  await expect(progress).toBeVisible();
  // The bar follows the task to its end: 100 % and a download link.
  await expect(progress).toHaveAttribute("value", "100");
  await expect(status).toContainText("100% Done");
  const link = status.getByRole("link", { name: "Download iCal file" });
  // The task's signed link (it needs no session, so the same link works anywhere for a day).
  await expect(link).toHaveAttribute("href", /^http:\/\/127\.0\.0\.1:\d+\/v1\/events\/\d+\/exports\/[0-9a-f]{32}-ical\.ics\?expires=\d+&signature=[\w-]{43}$/);

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("ots2027-ical.ics");
  const text = await readFile((await download.path())!, "utf8");
  expect(text.startsWith("BEGIN:VCALENDAR")).toBe(true);
  expect(text).toContain("X-WR-CALNAME:Open Tech Summit 2027");

  // The export is listed with who made it.
  const recent = page.getByTestId("recent-exports");
  await expect(recent.getByRole("row").nth(1)).toContainText("iCal");
  await expect(recent.getByRole("row").nth(1)).toContainText("Olivia Organizer");
  await expect(recent.getByRole("row").nth(1)).toContainText("done");

  // REST panel: toggles build the include list; the live response follows.
  const panel = page.getByRole("region", { name: "Access event information via REST API" });
  const url = panel.getByTestId("api-url");
  const response = panel.getByLabel("API response");
  await expect(url).toHaveText(/\/v1\/events\/ots2027$/);
  await expect(response).toContainText('"type": "event"');
  await expect(response).not.toContainText('"included"');

  await panel.getByRole("checkbox", { name: "Sessions" }).check();
  await expect(url).toHaveText(/\/v1\/events\/ots2027\?include=sessions$/);
  await expect(response).toContainText('"type": "session"');
  await expect(response).not.toContainText('"type": "speaker"');

  await panel.getByRole("checkbox", { name: "Speakers" }).check();
  await expect(url).toHaveText(/\/v1\/events\/ots2027\?include=sessions,speakers$/);
  await expect(response).toContainText('"type": "speaker"');

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await panel.getByRole("button", { name: "Copy" }).click();
  await expect(panel.getByRole("status")).toHaveText("Copied to clipboard");
});
