/** `npm run build`, after `next build`: the export worker's bundle (lib/export-jobs/export-worker-build.ts). */
import { build } from "esbuild";
import { EXPORT_WORKER_BUNDLE, exportWorkerBuildOptions } from "../lib/export-jobs/export-worker-build";

await build({ ...exportWorkerBuildOptions, outfile: EXPORT_WORKER_BUNDLE });
