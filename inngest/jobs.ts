// For its effect: jobs call services that load through the resource declarations, in whichever
// process runs them (the server, the embedded runner, Inngest's calls to /api/inngest).
import "@/lib/api/resources";
import { exportJob } from "@/lib/export-jobs/job";
import { deriveImagesJob } from "@/lib/images/job";
import { importJob } from "@/lib/import/job";
import { pingJob } from "@/lib/jobs/ping";
import { notificationJobs } from "@/lib/notifications/jobs";

/**
 * Every job the app runs in the background, the one list both backends get: the embedded
 * runner (instrumentation.ts hands it to startRunnerFromEnv, and claims only these names) and
 * Inngest (one function per job, served at /api/inngest). Each job's name, payload schema and
 * handler live in its domain's job file; a new job is added here and nowhere else.
 */
export const jobs = [pingJob, ...notificationJobs, exportJob, importJob, deriveImagesJob] as const;
