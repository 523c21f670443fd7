import { defineJob } from "../jobs/define-job";
import { deliverNotification } from "./deliver";
import { NOTIFICATION_ACTIONS, NOTIFICATION_PAYLOAD_SCHEMAS, notificationJobName, type NotificationAction } from "./schemas";

/** Attempts per notification job: a mail provider outage of a few minutes is ridden out (backoff 1 s … 8 s … ). */
const MAX_ATTEMPTS = 5;

function jobFor<A extends NotificationAction>(action: A) {
  return defineJob({
    name: notificationJobName(action),
    schema: NOTIFICATION_PAYLOAD_SCHEMAS[action],
    maxAttempts: MAX_ATTEMPTS,
    handler: (payload, ctx) => deliverNotification(action, payload as never, ctx),
  });
}

/**
 * One job (hence one Inngest function) per action kind, generated from the catalogue, so each
 * kind has its own retries, concurrency and history in Inngest.
 */
export const notificationJobs = NOTIFICATION_ACTIONS.map((action) => jobFor(action));

const byAction = new Map(NOTIFICATION_ACTIONS.map((action, index) => [action, notificationJobs[index]!]));

export function notificationJob(action: NotificationAction) {
  const job = byAction.get(action);
  if (!job) throw new Error(`No job for notification action "${action}"`);
  return job;
}
