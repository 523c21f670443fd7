import type { AnyJob } from "./define-job";
import { notificationJobs } from "../notifications/jobs";
import { pingJob } from "./ping";
import { exportJob } from "../export-jobs/job";
import { importJob } from "../import/job";
import { deriveImagesJob } from "../images/job";

/**
 * Every job kind the app runs. The embedded runner claims only these names, and each one
 * has an Inngest function in `inngest/functions/`. New jobs (export, import, notifications)
 * add their definition here.
 */
export const jobs = [pingJob, ...notificationJobs, exportJob, importJob, deriveImagesJob] as const;

export type RegisteredJob = (typeof jobs)[number];
export type RegisteredJobName = RegisteredJob["name"];

const byName = new Map<string, AnyJob>(jobs.map((job) => [job.name, job]));

export function findJob(name: string): AnyJob | undefined {
  return byName.get(name);
}
