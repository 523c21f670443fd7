import { jobFunction } from "./functions/run-job";
import { jobs } from "./jobs";

/** Every function served at /api/inngest: one per job of the app's list, running that job's handler. */
export const functions = jobs.map((job) => jobFunction(job));
