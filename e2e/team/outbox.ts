import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import pg from "pg";

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
