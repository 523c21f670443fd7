import { importJob } from "@/lib/import/job";
import { importRequestedEvent } from "../events";
import { jobFunction } from "../job-function";

/** `event/import.requested` on Inngest: the same handler the embedded runner executes. */
export const importEvent = jobFunction(importJob, importRequestedEvent);
