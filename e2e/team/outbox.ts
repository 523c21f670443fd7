import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Browser } from "@playwright/test";
import pg from "pg";
import { DEV_PASSWORD, signIn } from "../fixtures/auth";

const ADMIN_EMAIL = "admin@example.com";

/**
 * The mail outbox of the e2e server (the `Mail` table of the database e2e/server.ts started and
 * whose URL it wrote to this file). Test-only: the app's admin mail log is the human way in.
 */
const port = Number(process.env.E2E_PORT ?? 3200);
const DATABASE_URL_FILE = path.join(os.tmpdir(), `open-event-e2e-${port}.database-url`);

export interface OutboxMail {
  recipient: string;
  action: string;
  subject: string;
  message: string;
  text: string | null;
}

/** The newest mail to `recipient` (whose action matches), waiting for the background job to write it. */
export async function waitForMail(recipient: string, action: RegExp, timeoutMs = 30_000): Promise<OutboxMail> {
  const client = new pg.Client({ connectionString: fs.readFileSync(DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    let mail: OutboxMail | undefined;
    await expect
      .poll(
        async () => {
          const { rows } = await client.query<OutboxMail>(
            `SELECT recipient, action, subject, message, text FROM "Mail" WHERE lower(recipient) = lower($1) ORDER BY id DESC`,
            [recipient],
          );
          mail = rows.find((row) => action.test(row.action));
          return Boolean(mail);
        },
        { timeout: timeoutMs, message: `a ${action} mail to ${recipient} in the outbox` },
      )
      .toBe(true);
    return mail as OutboxMail;
  } finally {
    await client.end();
  }
}

/** The first link of a mail whose path matches `pathPattern` (HTML entities undone). */
export function linkIn(mail: OutboxMail, pathPattern: RegExp): string {
  const bodies = [mail.text ?? "", mail.message.replaceAll("&amp;", "&")];
  for (const body of bodies) {
    for (const match of body.matchAll(/https?:\/\/[^\s"'<>]+/g)) {
      const url = new URL(match[0]);
      if (pathPattern.test(url.pathname)) return url.pathname + url.search;
    }
  }
  throw new Error(`No link matching ${pathPattern} in mail "${mail.subject}"`);
}

/**
 * The same, read the way a person would: an admin (in a browser context of its own, so the
 * caller's session is untouched) searches the admin mail log for the recipient, opens the newest
 * mail whose action matches and takes the link from its plain-text version.
 */
export async function linkFromAdminMailLog(browser: Browser, recipient: string, action: RegExp, pathPattern: RegExp): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, ADMIN_EMAIL, DEV_PASSWORD);
    const row = page.getByRole("row").filter({ hasText: recipient }).filter({ has: page.locator("code", { hasText: action }) }).first();
    // The mail job runs in the background; search again until its row is there.
    await expect(async () => {
      await page.goto(`/admin/mails?q=${encodeURIComponent(recipient)}`);
      await expect(row).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await row.getByRole("link").click();
    const text = await page.getByRole("region", { name: "Plain text" }).locator("pre").innerText();
    return linkIn({ recipient, action: "", subject: "", message: "", text }, pathPattern);
  } finally {
    await context.close();
  }
}
