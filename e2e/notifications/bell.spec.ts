import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import bcrypt from "bcryptjs";
import pg from "pg";
import { signIn } from "../fixtures/auth";

/**
 * The bell reads what background jobs wrote. The user and the notification are written straight
 * into the e2e server's database (its URL is in the file e2e/server.ts writes), so that the
 * test does not depend on which flows send notifications or on job timing.
 */
const port = Number(process.env.E2E_PORT ?? 3200);
const DATABASE_URL_FILE = path.join(os.tmpdir(), `open-event-e2e-${port}.database-url`);
const PASSWORD = "bell-test-password";

async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: fs.readFileSync(DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test("[ORGANIZER] the bell shows a new notification without a reload; opening it marks it read", async ({ page }) => {
  const email = `bell-${Date.now().toString(36)}@example.org`;
  const userId = await withDb(async (client) => {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "User" (email, "passwordHash", "firstName", "lastName", "isVerified", "updatedAt") VALUES ($1, $2, 'Bell', 'Tester', true, now()) RETURNING id`,
      [email, await bcrypt.hash(PASSWORD, 10)],
    );
    return rows[0]!.id;
  });
  await signIn(page, email, PASSWORD);
  const bell = page.getByRole("button", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications");

  await withDb((client) =>
    client.query(
      `INSERT INTO "Notification" ("userId", title, message, action, link) VALUES ($1, 'New session proposal', 'Ada proposed the session “&lt;b&gt;Typed&lt;/b&gt; Python” for Demo.', 'new_session', '/notifications')`,
      [userId],
    ),
  );
  // Polling (or focus) brings the count in; no reload.
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread", { timeout: 20_000 });
  await expect(page.getByTestId("notification-count")).toHaveText("1");

  await bell.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Latest notifications" });
  const item = menu.getByRole("menuitem", { name: /New session proposal/ });
  // The message was stored escaped and is shown as the text the user typed.
  await expect(item).toContainText("Ada proposed the session “<b>Typed</b> Python” for Demo.");
  await expect(item).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(bell).toBeFocused();

  await bell.click();
  await menu.getByRole("menuitem", { name: /New session proposal/ }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(bell).toHaveAccessibleName("Notifications");
  await expect(page.getByRole("list", { name: "Notifications" }).getByRole("button", { name: "Mark unread" })).toBeVisible();
});
