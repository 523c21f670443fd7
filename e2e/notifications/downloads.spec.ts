import { expect, test, type Page } from "@playwright/test";
import { DEV_PASSWORD, ORGANIZER_EMAIL, signIn } from "../fixtures/auth";

/** Starts an iCal export through the API (with the browser's cookie) and waits for its file. */
async function exportIcal(page: Page): Promise<string> {
  const started = await page.request.post("/v1/events/ots2027/export/ical");
  expect(started.status(), await started.text()).toBe(200);
  const { task_url: taskUrl } = (await started.json()) as { task_url: string };
  let downloadUrl: string | undefined;
  await expect
    .poll(
      async () => {
        const task = (await (await page.request.get(taskUrl)).json()) as { state: string; result?: { download_url?: string } };
        downloadUrl = task.result?.download_url;
        return task.state;
      },
      { timeout: 30_000 },
    )
    .toBe("SUCCESS");
  return downloadUrl!;
}

test("[ORGANIZER] the notifications page links a finished export without fetching the file", async ({ page }) => {
  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  const downloadUrl = await exportIcal(page);
  expect(downloadUrl).toMatch(/^\/v1\/events\/\d+\/exports\/[0-9a-f]{32}-ical\.ics$/);

  // Everything the page asks for while it loads, shows the list and the pointer rests on the link.
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto("/notifications");
  const entry = page.getByRole("list", { name: "Notifications" }).getByRole("listitem").filter({ has: page.locator(`a[href="${downloadUrl}"]`) });
  const link = entry.getByRole("link", { name: "Export ready" });
  await expect(link).toBeVisible();
  await expect(entry).toContainText("The export of Open Tech Summit 2027 is ready to download.");
  await link.hover();
  // next/link prefetches a link once it is on screen or under the pointer: a few seconds after
  // both, no request for the file may have gone out (one did, with `?_rsc=`, when it was a Link).
  const isExport = (url: string) => new URL(url).pathname.includes("/exports/");
  await page.waitForRequest((request) => isExport(request.url()), { timeout: 3_000 }).catch(() => null);
  expect(requested.some((path) => /^\/v1\/users\/\d+\/notifications$/.test(path))).toBe(true);
  expect(requested.filter((path) => path.includes("/exports/"))).toEqual([]);

  // Following the link still downloads the file.
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("ots2027-ical.ics");
});
