import { db } from "../db";
import { PermanentJobError, type JobContext } from "../jobs/define-job";
import { renderMail } from "../mail/layout";
import { mailProviderConfigured, sendMail, MailSendError, type SendOutcome } from "../mail/send";
import { actionDefinition } from "./catalogue";
import type { NotificationAction, NotificationPayload } from "./schemas";

export interface DeliveryResult {
  [key: string]: string | number | null;
  action: string;
  notifications: number;
  mails: number;
  sent: number;
  recorded: number;
  /** Why nothing was delivered (the subject was deleted before the job ran), else null. */
  skipped: string | null;
}

type Prepared = { gone: true } | { gone: false; notifications: number; mailIds: number[] };

/**
 * Loads the action's data, applies the message settings and writes every Notification and
 * Mail row in one transaction. It runs as one memoised step, so a retried job (e.g. after a
 * mail provider error) does not write the rows twice.
 */
async function prepare<A extends NotificationAction>(action: A, payload: NotificationPayload<A>): Promise<Prepared> {
  const definition = actionDefinition(action);
  const [data, settings] = await Promise.all([
    definition.load(payload),
    db.messageSettings.findUnique({ where: { action }, select: { mailEnabled: true, notificationEnabled: true } }),
  ]);
  if (data === null) return { gone: true };
  // A missing settings row means the admin never switched anything off (seed rows are all on).
  const mailEnabled = settings?.mailEnabled ?? true;
  const notificationEnabled = settings?.notificationEnabled ?? true;
  const recipients = definition.recipients(data);

  const notificationContent = notificationEnabled && definition.notification ? definition.notification(data) : null;
  const userIds = notificationContent
    ? [...new Set(recipients.flatMap((recipient) => (recipient.userId === null ? [] : [recipient.userId])))]
    : [];
  // One message for everyone; each recipient's copy differs only by the greeting.
  const message = mailEnabled ? definition.mail(data) : null;
  const mails = message
    ? await Promise.all(
        recipients.flatMap(({ email, name }) => (email ? [renderMail(message, name).then((mail) => ({ recipient: email, ...mail }))] : [])),
      )
    : [];
  const status = mailProviderConfigured() ? "queued" : "recorded";
  const time = new Date();

  const [notifications, mailRows] = await db.$transaction([
    db.notification.createMany({
      data: notificationContent ? userIds.map((userId) => ({ userId, action, receivedAt: time, ...notificationContent })) : [],
    }),
    db.mail.createManyAndReturn({
      data: mails.map((mail) => ({
        recipient: mail.recipient,
        time,
        action,
        subject: mail.subject,
        message: mail.html,
        text: mail.text,
        status,
      })),
      select: { id: true },
    }),
  ]);
  return { gone: false, notifications: notifications.count, mailIds: mailRows.map((row) => row.id) };
}

/**
 * The body of every notification job: prepare (one step), then one step per mail so that a
 * retry re-sends only the mails that have not gone out. A provider error fails the attempt
 * after every other mail was tried; on the last attempt the mail is marked `failed` and the
 * task fails with it.
 */
export async function deliverNotification<A extends NotificationAction>(
  action: A,
  payload: NotificationPayload<A>,
  ctx: JobContext,
): Promise<DeliveryResult> {
  const prepared = await ctx.step.run("prepare", () => prepare(action, payload));
  if (prepared.gone) {
    return { action, notifications: 0, mails: 0, sent: 0, recorded: 0, skipped: "The subject of this notification no longer exists" };
  }

  const final = await isFinalAttempt(ctx);
  const outcomes: SendOutcome[] = [];
  const retryable: string[] = [];
  for (const mailId of prepared.mailIds) {
    try {
      outcomes.push(await ctx.step.run(`send-${mailId}`, () => sendMail(mailId, { final })));
    } catch (error) {
      if (!(error instanceof MailSendError)) throw error;
      retryable.push(error.message);
    }
  }
  if (retryable.length) throw new MailSendError(`${retryable.length} of ${prepared.mailIds.length} mail(s) not sent: ${retryable[0]}`);

  const failed = outcomes.flatMap((outcome) => (outcome.status === "failed" ? [outcome.error] : []));
  if (failed.length) {
    throw new PermanentJobError(`${failed.length} of ${prepared.mailIds.length} mail(s) failed: ${failed[0]}`);
  }
  return {
    action,
    notifications: prepared.notifications,
    mails: prepared.mailIds.length,
    sent: outcomes.filter((outcome) => outcome.status === "sent").length,
    recorded: outcomes.filter((outcome) => outcome.status === "recorded").length,
    skipped: null,
  };
}

/**
 * The job context has the attempt number but not the task's limit (which `enqueue` may lower),
 * and a mail must be marked failed on exactly the attempt after which no retry comes.
 */
async function isFinalAttempt(ctx: JobContext): Promise<boolean> {
  const task = await db.task.findUnique({ where: { id: ctx.taskId }, select: { maxAttempts: true } });
  return !task || ctx.attempt >= task.maxAttempts;
}
