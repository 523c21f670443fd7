import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "../fixtures/auth";

/** The seeded demo event (prisma/seed): two days in Asia/Singapore, 31 public scheduled sessions. */
const EVENT = "ots2027";
const SEARCH_WORD = "WebAssembly";
const SEARCH_TITLE = "The State of WebAssembly";

test("[ATTENDEE] browses the schedule, searches it and subscribes", async ({ page }) => {
  await page.goto(`/e/${EVENT}/schedule`);
  await expect(page.getByRole("heading", { level: 1, name: "Schedule" })).toBeVisible();
  await expect(page.getByText(/time zone: Asia\/Singapore \(GMT\+8\)/)).toBeVisible();

  // Day tabs: click, and the arrow keys move between them.
  const tabs = page.getByRole("tablist", { name: "Days" }).getByRole("tab");
  await expect(tabs).toHaveCount(2);
  await expect(tabs.nth(0)).toHaveText("Thu 11 Mar");
  await expect(tabs.nth(0)).toHaveAttribute("aria-selected", "true");
  const panel = page.getByRole("tabpanel");
  const firstDayTitle = (await panel.getByRole("heading", { level: 3 }).first().textContent()) ?? "";
  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(page).toHaveURL(/day=2027-03-12/);
  await expect(panel.getByRole("heading", { level: 3, name: firstDayTitle })).toHaveCount(0);
  await page.keyboard.press("ArrowLeft");
  await expect(tabs.nth(0)).toBeFocused();
  await expect(tabs.nth(0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowRight");
  await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");

  // Search: the count is announced, and every day tab says how many match.
  await page.getByRole("searchbox", { name: "Search sessions" }).fill(SEARCH_WORD.toLowerCase());
  await expect(page.getByRole("status").filter({ hasText: "1 session matches" })).toBeVisible();
  const dayWithMatch = tabs.filter({ hasText: "(1)" });
  await dayWithMatch.click();
  const result = panel.getByRole("link", { name: SEARCH_TITLE });
  await expect(result).toBeVisible();
  await expect(panel.getByRole("heading", { level: 3 })).toHaveCount(1);

  // The session page: time with the zone named, room, track, speakers, and its own feed.
  await result.click();
  await expect(page.getByRole("heading", { level: 1, name: SEARCH_TITLE })).toBeVisible();
  await expect(page.getByText(/Time zone: Asia\/Singapore/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Speaker" })).toBeVisible();
  await expect(page.getByText("@speakers.example")).toHaveCount(0);
  const subscribe = page.getByRole("link", { name: "Subscribe to this session" });
  await expect(subscribe).toHaveAttribute("href", /^webcal:\/\/127\.0\.0\.1:\d+\/v1\/sessions\/\d+\.ics$/);
  const download = await page.getByRole("link", { name: "Add to calendar (.ics)" }).getAttribute("href");
  expect(download).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/sessions\/\d+\.ics$/);
  const session = await page.request.get(download ?? "");
  expect(session.status()).toBe(200);
  expect(await session.text()).toContain(`SUMMARY:${SEARCH_TITLE}`);

  // The event feed from the schedule page, through the real route table (`.ics` rewrite).
  await page.goto(`/e/${EVENT}/schedule`);
  const webcal = await page.getByRole("link", { name: "Subscribe in your calendar" }).getAttribute("href");
  expect(webcal).toMatch(new RegExp(`^webcal://127\\.0\\.0\\.1:\\d+/v1/events/${EVENT}\\.ics$`));
  const feedUrl = (webcal ?? "").replace(/^webcal:/, "http:");
  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = await feed.text();
  expect(body.startsWith("BEGIN:VCALENDAR")).toBe(true);
  expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(31);
  const etag = feed.headers()["etag"];
  expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  expect(feed.headers()["last-modified"]).toBeTruthy();
  const again = await page.request.get(feedUrl, { headers: { "if-none-match": etag ?? "" } });
  expect(again.status()).toBe(304);
  expect(await again.text()).toBe("");
  // The JSON:API event route still answers its own path.
  expect((await page.request.get(`/v1/events/${EVENT}`)).status()).toBe(200);
});

test("[ATTENDEE] stars a session and finds it in their calendar feed", async ({ page }) => {
  await signUp(page, uniqueEmail("attendee"), "correct horse battery");
  await page.goto(`/e/${EVENT}/schedule?q=${SEARCH_WORD}`);
  const panel = page.getByRole("tabpanel");
  const star = page.getByRole("button", { name: `Star ${SEARCH_TITLE}` });
  // The search from the address applies; switch to the day that has the match.
  await page.getByRole("tablist", { name: "Days" }).getByRole("tab").filter({ hasText: "(1)" }).click();
  await expect(panel.getByRole("link", { name: SEARCH_TITLE })).toBeVisible();
  await expect(star).toHaveAttribute("aria-pressed", "false");
  await star.click();
  await expect(star).toHaveAttribute("aria-pressed", "true");
  await expect(star).toBeEnabled();

  await page.goto("/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "My calendar" })).toBeVisible();
  const starred = page.getByRole("list", { name: /Starred sessions/ });
  await expect(starred.getByRole("link", { name: SEARCH_TITLE })).toBeVisible();

  // The personal feed: created on demand, then carries the starred session.
  await page.getByRole("button", { name: "Create my feed address" }).click();
  const urls = page.getByTestId("feed-url");
  await expect(urls.first()).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(urls.nth(1)).toHaveText(/^webcal:\/\//);
  const feedUrl = (await urls.first().textContent()) ?? "";
  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["cache-control"]).toBe("private, max-age=300");
  const body = await feed.text();
  expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(body).toContain(`SUMMARY:${SEARCH_TITLE}`);

  // Rotating (after confirming) revokes the old address.
  await page.getByRole("button", { name: "Get a new address" }).click();
  await page.getByRole("button", { name: "Yes, get a new address" }).click();
  await expect(urls.first()).not.toHaveText(feedUrl);
  expect((await page.request.get(feedUrl)).status()).toBe(404);
  expect((await page.request.get((await urls.first().textContent()) ?? "")).status()).toBe(200);
});
