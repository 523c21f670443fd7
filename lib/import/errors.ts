import { PermanentJobError } from "../jobs/define-job";

/**
 * A bad archive: the task fails at once with this message (retrying cannot fix the file), and
 * the message names the file and the item so that the organizer can find the fault.
 */
export class ImportError extends PermanentJobError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ImportError";
  }
}
