import { enqueue, type EnqueueOptions } from "../jobs/enqueue";
import { NOTIFICATION_PAYLOAD_SCHEMAS, type NotificationAction, type NotificationPayload } from "./schemas";
import { notificationJob } from "./jobs";

/**
 * Announces that `action` happened. The payload is validated here (a bad payload is the
 * caller's bug and throws at once), then ONE background job per call does the rest: recipients,
 * message settings, Notification and Mail rows, sending. Nothing is sent in the request, so a
 * slow or failing mail provider never slows or fails the caller.
 *
 * Call it after the change it announces is committed: the job reads the rows by id.
 */
export async function notify<A extends NotificationAction>(
  action: A,
  data: NotificationPayload<A>,
  options: Pick<EnqueueOptions, "userId" | "eventId"> = {},
): Promise<{ taskId: string }> {
  const payload = NOTIFICATION_PAYLOAD_SCHEMAS[action].parse(data) as Record<string, unknown>;
  const { taskId } = await enqueue(notificationJob(action), payload, options);
  return { taskId };
}
