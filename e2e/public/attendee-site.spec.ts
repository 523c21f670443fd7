import AxeBuilder from "@axe-core/playwright";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "../fixtures/auth";

/** The seeded demo event (prisma/seed): two days in Asia/Singapore. */
const EVENT = "ots2027";
const TRACK = "Web & Cloud";
const WORD = "web";

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`);
}

test("[ATTENDEE] filters by track and text, shares the URL, uses the grid, stars two sessions, signs in and finds them in the account and the feed", async ({ page, browser, baseURL }) => {
  await page.goto(`/e/${EVENT}/schedule`);
  const panel = page.getByRole("tabpanel");
  await page.getByLabel("Track").selectOption(TRACK);
  await page.getByRole("searchbox", { name: "Search sessions" }).fill(WORD);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${WORD}`));
  await expect(page).toHaveURL(/[?&]track=Web\+%26\+Cloud/);
  // The day tabs count the matches; open one that has some.
  await page.getByRole("tablist", { name: "Days" }).getByRole("tab").filter({ hasNotText: "(0)" }).first().click();
  const titles = panel.getByRole("heading", { level: 3 });
  await expect(titles.first()).toBeVisible();
  const shown = await titles.allTextContents();
  expect(shown.length).toBeGreaterThan(0);

  // The shared address shows the same in a fresh browser, rendered by the server.
  const shared = page.url();
  const other = await browser.newContext({ baseURL });
  const visitor = await other.newPage();
  await visitor.goto(shared);
  await expect(visitor.getByRole("tabpanel").getByRole("heading", { level: 3 })).toHaveText(shown);
  await expect(visitor.getByLabel("Track")).toHaveValue(TRACK);
  await expect(visitor.getByRole("searchbox", { name: "Search sessions" })).toHaveValue(WORD);
  await other.close();

  // The grid: a table with rooms across; arrow keys move between its sessions.
  await page.getByRole("navigation", { name: "Layout" }).getByRole("link", { name: "Grid" }).click();
  await expect(page).toHaveURL(/view=grid/);
  await page.getByRole("searchbox", { name: "Search sessions" }).fill("");
  await page.getByLabel("Track").selectOption("");
  const grid = page.getByRole("table");
  await expect(grid.getByRole("columnheader", { name: "Time" })).toBeVisible();
  const links = grid.getByRole("link");
  expect(await links.count()).toBeGreaterThan(2);
  await links.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(links.first()).not.toBeFocused();
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-col"));
  expect(focused).toBe(await links.first().getAttribute("data-col"));

  // Two stars without an account, kept in the browser.
  await page.getByRole("navigation", { name: "Layout" }).getByRole("link", { name: "List" }).click();
  const stars = panel.getByRole("button", { name: /^Star / });
  await expect(stars.first()).toBeVisible();
  const starredTitles: string[] = [];
  for (const index of [0, 1]) {
    const star = stars.nth(index);
    await star.click();
    await expect(star).toHaveAttribute("aria-pressed", "true");
    starredTitles.push(((await star.getAttribute("aria-label")) ?? "").replace(/^Star /, ""));
  }
  // "Starred only" keeps just those two.
  await page.getByLabel("Starred only").check();
  await expect(panel.getByRole("heading", { level: 3 })).toHaveText(starredTitles);
  await page.getByLabel("Starred only").uncheck();

  // Sign up and in: the stars join the account.
  await signUp(page, uniqueEmail("attendee"), "correct horse battery");
  const list = page.getByRole("list", { name: /Starred sessions/ });
  await expect(async () => {
    await page.goto("/calendar");
    for (const title of starredTitles) await expect(list.getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // And the personal feed carries them.
  await page.getByRole("button", { name: "Create my feed address" }).click();
  const feedUrl = (await page.getByTestId("feed-url").first().textContent()) ?? "";
  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  const body = await feed.text();
  expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  for (const title of starredTitles) expect(body.replace(/\r\n /g, "")).toContain(`SUMMARY:${title.replace(/([,;\\])/g, "\\$1")}`);
});

test("[ATTENDEE] the event page shows everything organizers entered", async ({ page }) => {
  await page.goto(`/e/${EVENT}`);
  await expect(page.getByRole("heading", { level: 1, name: "Open Tech Summit 2027" })).toBeVisible();
  await expect(page.getByText("Conference · Science & Technology · Open Source")).toBeVisible();
  await expect(page.getByText(/Thu, 11 Mar 2027, 09:00 – Fri, 12 Mar 2027, 18:00/)).toBeVisible();
  await expect(page.getByText("Time zone: Asia/Singapore (GMT+8)")).toBeVisible();
  // The browser runs in America/Los_Angeles (playwright.config.ts): its own time is beside.
  await expect(page.getByTestId("local-time")).toHaveText(/Your time: Wed, 10 Mar 2027, 17:00 – Fri, 12 Mar 2027, 02:00 · America\/Los_Angeles \(GMT-8\)/);
  await expect(page.getByRole("link", { name: "Show on a map" })).toHaveAttribute("href", /openstreetmap\.org\/\?mlat=1\.3196&mlon=103\.8927/);
  await expect(page.getByRole("link", { name: "Get tickets" })).toHaveAttribute("href", "https://tickets.opentech.example/ots2027");
  await expect(page.getByRole("link", { name: "Event website" })).toHaveAttribute("href", "https://opentech.example/");

  const about = page.getByRole("region", { name: "About this event" });
  await expect(about.getByText(/Open Tech Summit brings together developers/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Propose a session" })).toBeVisible();

  const tickets = page.getByRole("region", { name: "Tickets" });
  const ticket = (name: string) => tickets.getByRole("listitem").filter({ has: page.getByText(name, { exact: true }) });
  await expect(tickets.getByRole("listitem")).toHaveCount(5);
  await expect(ticket("Standard Pass")).toContainText(/SGD\s120\.00/);
  await expect(ticket("Early Bird Pass")).toContainText("Sold out");
  await expect(ticket("Community Pass")).toContainText("Free");
  await expect(ticket("Standard Pass")).toContainText(/Sales: .* – Fri, 12 Mar 2027/);
  await expect(tickets).not.toContainText("Speaker & Volunteer Pass");

  const sponsors = page.getByRole("region", { name: "Sponsors" });
  await expect(sponsors.getByRole("heading", { level: 3 })).toHaveText(["Platinum", "Gold", "Silver", "Community Partner"]);
  await expect(sponsors.getByRole("link", { name: "Lumen Cloud" })).toHaveAttribute("href", "https://lumencloud.example/");
  await expect(sponsors.locator('img[src="/images/sponsors/lumen-cloud.svg"]')).toHaveCount(1);

  const conduct = page.getByRole("region", { name: "Code of conduct" });
  await expect(conduct).toContainText("harassment-free conference experience");
  const organizer = page.getByRole("region", { name: "Organizer" });
  await expect(organizer).toContainText("Open Tech Community (demo)");
  await expect(organizer).toContainText("A volunteer-run community");
  await expect(organizer.getByRole("link", { name: "info@opentech.example" })).toHaveAttribute("href", "mailto:info@opentech.example");
  await expect(organizer.getByRole("list", { name: "Follow the event" }).getByRole("link")).toHaveText(["Website", "Twitter", "Mastodon", "GitHub", "YouTube"]);

  // Link previews and the canonical address.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Open Tech Summit 2027");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/images\/events\/open-tech-summit-2027\.svg$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/e\/ots2027$/);
});

test("[ANYONE] the embedded schedule shows in another site's frame, the event page refuses to", async ({ page, baseURL }) => {
  // Another site: a page on another origin (another port of this machine) frames both.
  const site = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(
      `<!doctype html><title>Other</title><iframe title="embed" src="${baseURL}/e/${EVENT}/schedule/embed?track=AI+%26+Data"></iframe><iframe title="page" src="${baseURL}/e/${EVENT}"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = site.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const embed = page.frameLocator("iframe[title=embed]");
    await expect(embed.getByRole("heading", { level: 1 })).toHaveText("Open Tech Summit 2027: schedule");
    await expect(embed.getByRole("link", { name: /Sign in/ })).toHaveCount(0);
    const links = embed.getByRole("listitem").getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    await expect(links.first()).toHaveAttribute("target", "_blank");
    await expect(page.frameLocator("iframe[title=page]").getByRole("heading", { level: 1 })).toHaveCount(0);
    await expect.poll(() => page.frames().map((frame) => frame.url()).filter((url) => url.startsWith("chrome-error"))).toHaveLength(1);
  } finally {
    await new Promise((resolve) => site.close(resolve));
  }
});

test("[ATTENDEE] sitemap.xml lists public pages and robots.txt points to it", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain(`/e/${EVENT}</loc>`);
  expect(xml).toContain(`/e/${EVENT}/schedule</loc>`);
  expect(xml).toMatch(new RegExp(`/e/${EVENT}/sessions/\\d+</loc>`));
  expect(xml).toMatch(new RegExp(`/e/${EVENT}/speakers/\\d+</loc>`));
  expect(xml).not.toContain("/events/");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /v1/");
});

/** Every public page, in the views a visitor can pick. */
async function publicPages(page: Page): Promise<string[]> {
  await page.goto(`/e/${EVENT}/schedule`);
  const session = await page.getByRole("tabpanel").getByRole("link").first().getAttribute("href");
  await page.goto(`/e/${EVENT}/speakers`);
  const speaker = await page.getByRole("main").getByRole("listitem").getByRole("link").first().getAttribute("href");
  return [
    "/",
    "/?q=summit&topic=science-technology",
    "/?when=past",
    `/e/${EVENT}`,
    `/e/${EVENT}/schedule`,
    `/e/${EVENT}/schedule?view=grid`,
    `/e/${EVENT}/schedule?track=AI+%26+Data&q=data`,
    `/e/${EVENT}/schedule/embed`,
    `/e/${EVENT}/speakers`,
    `/e/${EVENT}/speakers?q=singapore`,
    session ?? "",
    speaker ?? "",
  ];
}

test("[ATTENDEE] every public page fits a 360 px phone and has no serious accessibility violation", async ({ page }) => {
  test.setTimeout(180_000);
  for (const address of await publicPages(page)) {
    await page.setViewportSize({ width: 1280, height: 800 });
    expect((await page.goto(address))?.status(), address).toBe(200);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page), `axe on ${address}`).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll, `${address} scrolls sideways at 360 px`).toBeLessThanOrEqual(width.client);
  }
});
