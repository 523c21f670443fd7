import { defineJob } from "../jobs/define-job";
import { importRequestedPayloadSchema, JOB_NAMES } from "../jobs/schemas";

/**
 * `event/import.requested`. An error fails the task at once (runImport throws it as permanent):
 * a bad archive fails the same way every time, and the user should hear about it at once rather
 * than after minutes of retries. An attempt cut short by a crash or a restart is resumed (the
 * default attempts); the import's transaction died with it, so nothing is written twice.
 */
export const importJob = defineJob({
  name: JOB_NAMES.importRequested,
  schema: importRequestedPayloadSchema,
  async handler(payload, ctx) {
    // Loaded on first run, as the export job does: the registry stays free of the import's
    // dependencies, which reach the JSON:API resources and their import cycle.
    const { runImport } = await import("./run-import");
    return runImport(payload, ctx);
  },
  async onFailure(payload, { taskId, error }) {
    const { failImport } = await import("./run-import");
    await failImport(payload, taskId, error);
  },
});
