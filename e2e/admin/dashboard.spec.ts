import { expect, test, type Locator } from "@playwright/test";
import { DEV_PASSWORD, signIn } from "../fixtures/auth";
import { query } from "./database";

const ADMIN_EMAIL = "admin@example.com";
const STATES = ["draft", "pending", "accepted", "confirmed", "rejected", "withdrawn", "canceled"] as const;
const LABELS: Record<(typeof STATES)[number], string> = {
  draft: "Draft",
  pending: "Pending",
  accepted: "Accepted",
  confirmed: "Confirmed",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  canceled: "Canceled",
};

/** The rows of a table as [row header, cell] texts. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => [row.querySelector("th")?.textContent?.trim() ?? "", row.querySelector("td")?.textContent?.trim() ?? ""]),
  );
}

test("[ADMIN] opens the dashboard, sees the seeded numbers as cards and charts, reads a chart as a table and follows a number to its list", async ({ page }) => {
  // Counted straight from the database: live sessions of live events by state, live events by state.
  const sessionRows = await query<{ state: string; count: number }>(
    `SELECT s.state::text AS state, count(*)::int AS count FROM "Session" s JOIN "Event" e ON e.id = s."eventId"
     WHERE s."deletedAt" IS NULL AND e."deletedAt" IS NULL GROUP BY 1`,
  );
  const sessions = Object.fromEntries(STATES.map((state) => [state, sessionRows.find((row) => row.state === state)?.count ?? 0]));
  const [events] = await query<{ published: number }>(`SELECT count(*)::int AS published FROM "Event" WHERE "deletedAt" IS NULL AND state = 'published' AND "endsAt" > now() AT TIME ZONE 'UTC'`);
  // The demo event has accepted sessions (the number followed below).
  expect(sessions.accepted).toBeGreaterThan(1);

  await signIn(page, ADMIN_EMAIL, DEV_PASSWORD);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  // Cards: one link per number, named by its label.
  const sessionCards = page.getByTestId("session-cards");
  for (const state of STATES) await expect(sessionCards.getByRole("link", { name: `${LABELS[state]}: ${sessions[state]}`, exact: true })).toBeVisible();
  const submitted = STATES.filter((state) => state !== "draft").reduce((sum, state) => sum + sessions[state]!, 0);
  await expect(sessionCards.getByRole("link", { name: `Submitted: ${submitted}`, exact: true })).toBeVisible();
  await expect(page.getByTestId("event-cards").getByRole("link", { name: `Published: ${events!.published}`, exact: true })).toBeVisible();

  // Charts are drawn, with a bar's place for each state.
  const chart = page.getByTestId("sessions-chart");
  await expect(chart.getByTestId("sessions-chart-chart").locator("svg.recharts-surface")).toBeVisible();
  // The category axis's ticks (the value axis has numbers).
  await expect(chart.locator(".recharts-cartesian-axis-tick-value").filter({ hasText: /^[A-Z]/ })).toHaveText(STATES.map((state) => LABELS[state]));
  // The mails line is drawn (flat while no mail was sent).
  await expect(page.getByTestId("mails-chart-chart").locator(".recharts-area-curve")).toHaveCount(1);

  // The same numbers as a table, shown on request.
  await chart.getByRole("button", { name: "Show as table" }).click();
  const table = chart.getByRole("table", { name: "Sessions by state" });
  await expect(table).toBeVisible();
  expect(await tableRows(table)).toEqual(STATES.map((state) => [LABELS[state], String(sessions[state])]));
  await expect(chart.locator("svg.recharts-surface")).toHaveCount(0);
  await expect(chart.getByRole("button", { name: "Show as chart" })).toHaveAttribute("aria-expanded", "true");

  // The mails chart's table has a row per day of the last 30.
  const mails = page.getByTestId("mails-chart");
  await mails.getByRole("button", { name: "Show as table" }).click();
  await expect(mails.getByRole("table", { name: "Mails per day" }).locator("tbody tr")).toHaveCount(30);

  // A number opens the list it counts, with as many rows.
  await table.getByRole("link", { name: String(sessions.accepted), exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/sessions\?state=accepted$/);
  await expect(page.getByTestId("sessions-count")).toHaveText(`${sessions.accepted} sessions match the filters`);
  await expect(page.getByLabel("State")).toHaveValue("accepted");
});

test("[ADMIN] the dashboard's charts fit a phone and their tables stay with screen readers", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, ADMIN_EMAIL, DEV_PASSWORD);
  await page.goto("/admin");
  await expect(page.getByTestId("users-chart-chart").locator("svg.recharts-surface")).toBeVisible();
  const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(width.scroll).toBeLessThanOrEqual(width.client);
  // Hidden from sight, the table is still in the accessibility tree (the chart is not).
  await expect(page.getByRole("table", { name: "Users by kind" })).toHaveCount(1);
  await expect(page.getByTestId("users-chart-chart")).toHaveAttribute("aria-hidden", "true");
  const [users] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM "User" WHERE "deletedAt" IS NULL AND "isSuperAdmin"`);
  expect(await tableRows(page.getByRole("table", { name: "Users by kind" }))).toContainEqual(["Super admins", String(users!.count)]);
});
