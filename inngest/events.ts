import { eventType } from "inngest";
import {
  JOB_NAMES,
  deriveImagesPayloadSchema,
  eventDataSchema,
  exportRequestedPayloadSchema,
  importRequestedPayloadSchema,
  notificationSendPayloadSchema,
  pingPayloadSchema,
} from "@/lib/jobs/schemas";

/**
 * Every Inngest event of the app, typed and validated. Names and payload schemas come from
 * lib/jobs/schemas.ts (the one definition shared with the embedded runner); each event's data
 * is the job payload plus the `taskId` of the Task row that reports its state.
 */
export const pingEvent = eventType(JOB_NAMES.ping, { schema: eventDataSchema(pingPayloadSchema) });

export const exportRequestedEvent = eventType(JOB_NAMES.exportRequested, {
  schema: eventDataSchema(exportRequestedPayloadSchema),
});

export const importRequestedEvent = eventType(JOB_NAMES.importRequested, {
  schema: eventDataSchema(importRequestedPayloadSchema),
});

export const notificationSendEvent = eventType(JOB_NAMES.notificationSend, {
  schema: eventDataSchema(notificationSendPayloadSchema),
});

export const deriveImagesEvent = eventType(JOB_NAMES.deriveImages, {
  schema: eventDataSchema(deriveImagesPayloadSchema),
});
