import { defineJob } from "../jobs/define-job";
import { importRequestedPayloadSchema, JOB_NAMES } from "../jobs/schemas";

/**
 * `event/import.requested`. One attempt: a bad archive fails the same way every time, and the
 * user should hear about it at once rather than after minutes of retries.
 */
export const importJob = defineJob({
  name: JOB_NAMES.importRequested,
  schema: importRequestedPayloadSchema,
  maxAttempts: 1,
  async handler(payload, ctx) {
    // Loaded on first run, as the export job does: the registry stays free of the import's
    // dependencies, which reach the JSON:API resources and their import cycle.
    const { runImport } = await import("./run-import");
    return runImport(payload, ctx);
  },
});
