import { runTask } from "../testing/jobs/run-task";
import { notificationJobs } from "./jobs";
import { notify } from "./notify";
import type { NotificationAction, NotificationPayload } from "./schemas";

/**
 * Test-only: `notify`, then runs the task in-process the way the app does (the embedded
 * runner with its retries, but a 10 ms backoff) and answers the finished task.
 */
export async function notifyAndRun<A extends NotificationAction>(action: A, data: NotificationPayload<A>) {
  const { taskId } = await notify(action, data);
  return runTask(taskId, notificationJobs);
}

/** Test-only: runs a notification task that a service enqueued and answers it once finished. */
export function runNotificationTask(taskId: string) {
  return runTask(taskId, notificationJobs);
}
