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
  // The task answers the signed link; the notification links the file's path, for the signed-in user.
  const signedUrl = await exportIcal(page);
  expect(signedUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/events\/\d+\/exports\/[0-9a-f]{32}-ical\.ics\?expires=\d+&signature=[\w-]{43}$/);
  const downloadUrl = new URL(signedUrl).pathname;

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

test("[ANYONE] the task's download link works as a plain link: no cookie, no token", async ({ page, playwright }) => {
  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  const signedUrl = await exportIcal(page);
  const stranger = await playwright.request.newContext();
  try {
    const response = await stranger.get(signedUrl);
    expect({ status: response.status(), type: response.headers()["content-type"], disposition: response.headers()["content-disposition"] }).toEqual({
      status: 200,
      type: "text/calendar; charset=utf-8",
      disposition: 'attachment; filename="ots2027-ical.ics"',
    });
    expect((await response.text()).startsWith("BEGIN:VCALENDAR")).toBe(true);
    // The same path without the signature is the API's: it needs a token.
    expect((await stranger.get(signedUrl.split("?")[0]!)).status()).toBe(401);
    const tampered = await stranger.get(signedUrl.replace(/signature=(.)/, (_match, first: string) => `signature=${first === "A" ? "B" : "A"}`));
    expect([tampered.status(), ((await tampered.json()) as { errors: { code: string }[] }).errors[0]?.code]).toEqual([403, "FORBIDDEN"]);
  } finally {
    await stranger.dispose();
  }
});
