/**
 * How the export worker (export-worker.ts) is bundled, by esbuild: our code in one ES module,
 * packages left as imports of node_modules, as the server loads them. `npm run build` writes it
 * to EXPORT_WORKER_BUNDLE after `next build` (scripts/build-export-worker.ts); development and
 * tests bundle it on the fly (render-in-worker.ts).
 */
import type { BuildOptions } from "esbuild";

export const EXPORT_WORKER_ENTRY = "lib/export-jobs/export-worker.ts";
export const EXPORT_WORKER_BUNDLE = ".next/export-worker.mjs";

// Types only: esbuild is a dev dependency, used at build time and in development.
export const exportWorkerBuildOptions: BuildOptions = {
  entryPoints: [EXPORT_WORKER_ENTRY],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
};
