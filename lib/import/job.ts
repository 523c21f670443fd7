import { defineJob } from "../jobs/define-job";
import { importRequestedPayloadSchema, JOB_NAMES } from "../jobs/schemas";
import { runImport } from "./run-import";

/**
 * `event/import.requested`. One attempt: a bad archive fails the same way every time, and the
 * user should hear about it at once rather than after minutes of retries.
 */
export const importJob = defineJob({
  name: JOB_NAMES.importRequested,
  schema: importRequestedPayloadSchema,
  maxAttempts: 1,
  handler: (payload, ctx) => runImport(payload, ctx),
});
