import { Resend } from "resend";
import { db } from "../db";
import { env } from "../env";

/** Whether mail goes out through Resend; otherwise the `Mail` table is the outbox. */
export function mailProviderConfigured(): boolean {
  return Boolean(env().RESEND_API_KEY);
}

let client: { key: string; baseUrl: string | undefined; resend: Resend } | undefined;

function resendClient(key: string): Resend {
  const baseUrl = env().RESEND_BASE_URL;
  // Rebuilt when the key or base URL changes (tests point it at a fake server per file).
  if (!client || client.key !== key || client.baseUrl !== baseUrl) {
    client = { key, baseUrl, resend: new Resend(key, baseUrl ? { baseUrl } : undefined) };
  }
  return client.resend;
}

export class MailSendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailSendError";
  }
}

export type SendOutcome = { status: "sent" | "recorded" | "skipped" } | { status: "failed"; error: string };

/**
 * Sends one `Mail` row. Without `RESEND_API_KEY` the row stays `recorded` (the outbox) and
 * nothing touches the network. A row already `sent` is not sent again (a retried job).
 *
 * On a provider error the row keeps the error and its attempt count; when `final` is false it
 * stays `queued` and this throws, so that the job is retried; on the final attempt it becomes
 * `failed` and the outcome says so.
 */
export async function sendMail(mailId: number, { final }: { final: boolean }): Promise<SendOutcome> {
  const mail = await db.mail.findUniqueOrThrow({ where: { id: mailId } });
  if (mail.status === "sent" || mail.status === "failed") return { status: "skipped" };
  const key = env().RESEND_API_KEY;
  if (!key) {
    if (mail.status !== "recorded") await db.mail.update({ where: { id: mailId }, data: { status: "recorded" } });
    return { status: "recorded" };
  }
  const { data, error } = await resendClient(key).emails.send(
    { from: env().MAIL_FROM, to: [mail.recipient], subject: mail.subject, html: mail.message, text: mail.text ?? undefined },
    // The provider drops a repeated request with the same key: a retry after a lost answer
    // does not deliver the mail twice.
    { idempotencyKey: `mail-${mail.id}` },
  );
  if (data) {
    await db.mail.update({ where: { id: mailId }, data: { status: "sent", providerId: data.id, error: null, attempts: { increment: 1 } } });
    return { status: "sent" };
  }
  const message = error ? `${error.name}: ${error.message}` : "The mail provider gave no answer";
  await db.mail.update({
    where: { id: mailId },
    data: { status: final ? "failed" : "queued", error: message, attempts: { increment: 1 } },
  });
  if (final) return { status: "failed", error: message };
  throw new MailSendError(message);
}
