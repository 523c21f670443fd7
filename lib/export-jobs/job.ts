import { AppError } from "../errors";
import { defineJob, PermanentJobError } from "../jobs/define-job";
import { exportRequestedPayloadSchema, JOB_NAMES } from "../jobs/schemas";

/**
 * `event/export.requested`. An error fails the task at once: rendering the same data again fails
 * the same way, and the user is told at once (an ExportJob marked failed, a notification) rather
 * than after minutes of retries. An attempt cut short by a crash or a restart is resumed (the
 * default attempts), since nothing was wrong with the export itself.
 */
export const exportJob = defineJob({
  name: JOB_NAMES.exportRequested,
  schema: exportRequestedPayloadSchema,
  async handler(payload, ctx) {
    // Loaded on first run: the registry imports this file, and run-export reaches back to the
    // registry (through enqueue/notify); a static import would make that a cycle that leaves
    // `jobs` with an undefined entry. It also keeps renderers out of every enqueueing route.
    const { runExport } = await import("./run-export");
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
    const { failExport } = await import("./run-export");
    await failExport(payload, taskId, error);
  },
});
