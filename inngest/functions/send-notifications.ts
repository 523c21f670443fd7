import { eventType } from "inngest";
import type { AnyJob } from "@/lib/jobs/define-job";
import { eventDataSchema } from "@/lib/jobs/schemas";
import { notificationJob } from "@/lib/notifications/jobs";
import { NOTIFICATION_ACTIONS, NOTIFICATION_PAYLOAD_SCHEMAS, notificationJobName } from "@/lib/notifications/schemas";
import { jobFunction } from "../job-function";

/**
 * One Inngest function per notification action (`notification/new-session`, …), each running
 * the same job handler as the embedded runner. Generated from the catalogue, so a new action
 * gets its function without an edit here.
 */
export const sendNotifications = NOTIFICATION_ACTIONS.map((action) =>
  jobFunction(
    // Widened: jobFunction is generic over one job, this map covers every action's job.
    notificationJob(action) as AnyJob,
    eventType(notificationJobName(action), { schema: eventDataSchema(NOTIFICATION_PAYLOAD_SCHEMAS[action]) }),
  ),
);
