import { AppError } from "../errors";
import { defineJob, PermanentJobError } from "../jobs/define-job";
import { failExport, runExport } from "./run-export";
import { exportRequestedPayloadSchema } from "./schemas";

/**
 * `event/export.requested`. An error fails the task at once: rendering the same data again fails
 * the same way, and the user is told at once (an ExportJob marked failed, a notification) rather
 * than after minutes of retries. An attempt cut short by a crash or a restart is resumed (the
 * default attempts), since nothing was wrong with the export itself.
 */
export const exportJob = defineJob({
  name: "event/export.requested",
  schema: exportRequestedPayloadSchema,
  async handler(payload, ctx) {
    try {
      return await runExport(payload, ctx);
    } catch (error) {
      // The message reaches the user (task error, notification): only our own errors are worded
      // for them; anything else (a database or storage failure) is logged and stays generic.
      const message = error instanceof AppError ? error.detail : "The export failed because of an internal error";
      if (!(error instanceof AppError)) console.error(`[export] task ${ctx.taskId} failed`, error);
      throw new PermanentJobError(message, { cause: error });
    }
  },
  async onFailure(payload, { taskId, error }) {
    await failExport(payload, taskId, error);
  },
});
