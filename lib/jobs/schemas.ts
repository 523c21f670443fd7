import { z } from "zod";
import { EXPORT_FORMATS } from "../export-jobs/format-names";

/**
 * Names and payload schemas of every background job. A job's name is also its Inngest event
 * name (`inngest/events.ts` builds the typed events from these). Payloads carry ids, never
 * records: a retried or delayed job must read the current state, not a stale copy.
 *
 * The Inngest event data is the payload plus `taskId` (the Task row that `enqueue` created).
 * No `.default()`/transforms here: Inngest's `eventType` needs schemas whose input and output
 * types match, so handlers apply their own defaults.
 */
export const JOB_NAMES = {
  ping: "app/ping",
  exportRequested: "event/export.requested",
  importRequested: "event/import.requested",
  notificationSend: "notification/send",
  deriveImages: "image/derive.requested",
} as const;

export type JobName = (typeof JOB_NAMES)[keyof typeof JOB_NAMES];

export const pingPayloadSchema = z.object({
  message: z.string().max(200).optional(),
  /** Number of steps, each reporting progress: exercises memoisation and progress in tests/bench. */
  steps: z.number().int().min(0).max(100).optional(),
  /** Pause per step, to observe or measure a running job. */
  delayMs: z.number().int().min(0).max(60_000).optional(),
});
export type PingPayload = z.infer<typeof pingPayloadSchema>;

/** An export (lib/export-jobs): the user who asked is the one told when it is ready. */
export const exportRequestedPayloadSchema = z.object({
  eventId: z.number().int().positive(),
  userId: z.number().int().positive(),
  format: z.enum(EXPORT_FORMATS),
  /** JSON zip only: media kinds to include (missing = false). */
  options: z
    .object({ image: z.boolean().optional(), video: z.boolean().optional(), document: z.boolean().optional(), audio: z.boolean().optional() })
    .strict()
    .optional(),
});
export type ExportRequestedPayload = z.infer<typeof exportRequestedPayloadSchema>;

/** An import (lib/import): the uploaded zip's storage key; the importing user becomes the owner. */
export const importRequestedPayloadSchema = z.object({
  userId: z.number().int().positive(),
  fileKey: z.string().min(1).max(1024),
});
export type ImportRequestedPayload = z.infer<typeof importRequestedPayloadSchema>;

export const notificationSendPayloadSchema = z.object({
  action: z.string().min(1),
  userId: z.number().int().positive().optional(),
  eventId: z.number().int().positive().optional(),
  sessionId: z.number().int().positive().optional(),
  roleInviteId: z.number().int().positive().optional(),
});
export type NotificationSendPayload = z.infer<typeof notificationSendPayloadSchema>;

/** Configured sizes of event images or speaker photos (lib/images). */
export const deriveImagesPayloadSchema = z.object({
  kind: z.enum(["event", "speaker"]),
  ids: z.array(z.number().int().positive()).min(1).max(500),
});
export type DeriveImagesPayload = z.infer<typeof deriveImagesPayloadSchema>;

export const JOB_PAYLOAD_SCHEMAS = {
  [JOB_NAMES.ping]: pingPayloadSchema,
  [JOB_NAMES.exportRequested]: exportRequestedPayloadSchema,
  [JOB_NAMES.importRequested]: importRequestedPayloadSchema,
  [JOB_NAMES.notificationSend]: notificationSendPayloadSchema,
  [JOB_NAMES.deriveImages]: deriveImagesPayloadSchema,
} as const satisfies Record<JobName, z.ZodType<Record<string, unknown>>>;

/** The Inngest event data of a job: its payload and the Task it reports to. */
export function eventDataSchema<T extends z.ZodObject>(payload: T) {
  return payload.extend({ taskId: z.uuid() });
}
