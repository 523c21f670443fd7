import { AppError } from "../errors";
import { defineJob, PermanentJobError } from "../jobs/define-job";
import { exportRequestedPayloadSchema, JOB_NAMES } from "../jobs/schemas";

/**
 * `event/export.requested`. One attempt: rendering the same data again fails the same way, and
 * the user is told about the failure at once (an ExportJob marked failed, a notification)
 * rather than after minutes of retries.
 */
export const exportJob = defineJob({
  name: JOB_NAMES.exportRequested,
  schema: exportRequestedPayloadSchema,
  maxAttempts: 1,
  async handler(payload, ctx) {
    // Loaded on first run: the registry imports this file, and run-export reaches back to the
    // registry (through enqueue/notify); a static import would make that a cycle that leaves
    // `jobs` with an undefined entry. It also keeps renderers out of every enqueueing route.
    const { failExport, runExport } = await import("./run-export");
    try {
      return await runExport(payload, ctx);
    } catch (error) {
      // The message reaches the user (task error, notification): only our own errors are worded
      // for them; anything else (a database or storage failure) is logged and stays generic.
      const message = error instanceof AppError ? error.detail : "The export failed because of an internal error";
      if (!(error instanceof AppError)) console.error(`[export] task ${ctx.taskId} failed`, error);
      await failExport(payload, ctx.taskId, message);
      throw new PermanentJobError(message, { cause: error });
    }
  },
});
