import { defineJob } from "../jobs/define-job";
import { failImport, runImport } from "./run-import";
import { importRequestedPayloadSchema } from "./schemas";

/**
 * `event/import.requested`. An error fails the task at once (runImport throws it as permanent):
 * a bad archive fails the same way every time, and the user should hear about it at once rather
 * than after minutes of retries. An attempt cut short by a crash or a restart is resumed (the
 * default attempts); the import's transaction died with it, so nothing is written twice.
 */
export const importJob = defineJob({
  name: "event/import.requested",
  schema: importRequestedPayloadSchema,
  handler: (payload, ctx) => runImport(payload, ctx),
  onFailure: (payload, { taskId, error }) => failImport(payload, taskId, error),
});
