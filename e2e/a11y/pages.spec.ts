import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { DEV_PASSWORD, ORGANIZER_EMAIL, signIn } from "../fixtures/auth";
import { appRoutes, EVENT, PAGES, type Role } from "./pages";

/*
 * Every page of the app, opened by the user it is for: no serious or critical axe violation,
 * and no sideways scroll on a 390 px phone. One browser context per role, signed in once.
 */

const ACCOUNTS: Record<Exclude<Role, "attendee">, string> = {
  organizer: ORGANIZER_EMAIL,
  speaker: "speaker@example.com",
  admin: "admin@example.com",
};
const TITLES: Record<Role, string> = { attendee: "ATTENDEE", organizer: "ORGANIZER", speaker: "SPEAKER", admin: "ADMIN" };
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const contexts: BrowserContext[] = [];
const pages = new Map<Role, Page>();
const pageOf = (role: Role): Page => {
  const page = pages.get(role);
  if (!page) throw new Error(`No page for ${role}`);
  return page;
};

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const { baseURL, timezoneId, locale } = testInfo.project.use;
  for (const role of Object.keys(TITLES) as Role[]) {
    const context = await browser.newContext({ baseURL, timezoneId, locale, viewport: DESKTOP });
    contexts.push(context);
    const page = await context.newPage();
    if (role !== "attendee") await signIn(page, ACCOUNTS[role], DEV_PASSWORD);
    pages.set(role, page);
  }
  // An unread notification for the notifications page (and a mail for the admin's mail log):
  // a finished export.
  const organizer = pageOf("organizer");
  const started = await organizer.request.post(`/v1/events/${EVENT}/export/ical`);
  expect(started.status(), await started.text()).toBe(200);
  const { task_url: taskUrl } = (await started.json()) as { task_url: string };
  await expect.poll(async () => ((await (await organizer.request.get(taskUrl)).json()) as { state: string }).state, { timeout: 30_000 }).toBe("SUCCESS");
});

test.afterAll(async () => {
  for (const context of contexts.splice(0)) await context.close();
  pages.clear();
});

test("every page.tsx under app/ is in the accessibility list", () => {
  expect(Object.keys(PAGES).sort()).toEqual(appRoutes().sort());
});

for (const [route, check] of Object.entries(PAGES)) {
  test(`[${TITLES[check.role]}] ${route} has no serious accessibility violation and fits a 390 px phone`, async () => {
    const page = pageOf(check.role);
    await page.setViewportSize(DESKTOP);
    const address = typeof check.open === "string" ? check.open : await check.open({ page, pageOf });
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(200);
    // Not sent elsewhere (such as the sign-in page): the page itself is checked.
    expect(new URL(page.url()).pathname).toBe(check.landsOn ?? address.split("?")[0]);
    await page.waitForLoadState("networkidle");
    await check.ready?.(page);

    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id} (${violation.impact}, ${violation.nodes.length}×): ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`);
    expect(serious, `axe on ${address}`).toEqual([]);

    await page.setViewportSize(PHONE);
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll, `${address} scrolls sideways at ${PHONE.width} px`).toBeLessThanOrEqual(width.client);
  });
}
