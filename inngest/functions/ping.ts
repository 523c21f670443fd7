import { pingJob } from "@/lib/jobs/ping";
import { pingEvent } from "../events";
import { jobFunction } from "../job-function";

export const ping = jobFunction(pingJob, pingEvent);
