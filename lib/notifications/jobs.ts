import { defineJob, type JobDefinition } from "../jobs/define-job";
import { deliverNotification, type DeliveryResult } from "./deliver";
import { NOTIFICATION_ACTIONS, NOTIFICATION_PAYLOAD_SCHEMAS, notificationJobName, type NotificationAction } from "./schemas";

/** Attempts per notification job (the runner backs off 1, 2, 4, 8 s): rides out a short provider hiccup. */
const MAX_ATTEMPTS = 5;

/** The job of one action, typed by that action's name and payload schema. */
export type NotificationJob<A extends NotificationAction = NotificationAction> = JobDefinition<
  ReturnType<typeof notificationJobName<A>>,
  (typeof NOTIFICATION_PAYLOAD_SCHEMAS)[A],
  DeliveryResult
>;

function jobFor<A extends NotificationAction>(action: A): NotificationJob<A> {
  return defineJob({
    name: notificationJobName(action),
    schema: NOTIFICATION_PAYLOAD_SCHEMAS[action],
    maxAttempts: MAX_ATTEMPTS,
    // TS cannot relate a generic A's indexed schema to the schema the handler infers; the name
    // and schema come from the same A, which is what NotificationJob<A> states.
    handler: (payload, ctx) => deliverNotification(action, payload as never, ctx),
  }) as unknown as NotificationJob<A>;
}

/**
 * One job (hence one Inngest function) per action kind, generated from the catalogue, so each
 * kind has its own retries, concurrency and history in Inngest.
 */
export const notificationJobs: NotificationJob[] = NOTIFICATION_ACTIONS.map((action) => jobFor(action));

const byAction = new Map(NOTIFICATION_ACTIONS.map((action, index) => [action, notificationJobs[index]!]));

export function notificationJob<A extends NotificationAction>(action: A): NotificationJob<A> {
  const job = byAction.get(action);
  if (!job) throw new Error(`No job for notification action "${action}"`);
  // The map is keyed by action, and each value was made by jobFor of that same action.
  return job as NotificationJob<A>;
}
