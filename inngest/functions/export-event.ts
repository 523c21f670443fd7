import { exportJob } from "@/lib/export-jobs/job";
import { exportRequestedEvent } from "../events";
import { jobFunction } from "../job-function";

/** `event/export.requested` on Inngest: the same handler the embedded runner runs. */
export const exportEvent = jobFunction(exportJob, exportRequestedEvent);
