import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { FetchMedia } from "../export";
import { env } from "../env";
import { AppError } from "../errors";
import type { JobContext } from "../jobs/define-job";
import { EXPORT_WORKER_BUNDLE, exportWorkerBuildOptions } from "./export-worker-build";
import { transferList, type ExportWorkerData, type FromExportWorker, type ToExportWorker, type WorkerErrorMessage } from "./export-worker-protocol";
import type { ExportRequestedPayload } from "./schemas";

export interface RenderInWorkerOptions {
  progress: JobContext["progress"];
  /** Answers the worker's requests for media (a JSON zip's images, …). */
  fetchMedia: FetchMedia;
  /** Ends the worker (the runner gives the task back at shutdown). */
  signal?: AbortSignal;
  /** The worker's old-generation heap limit; default EXPORT_WORKER_HEAP_MB. */
  heapMb?: number;
}

/** Where development and tests keep the bundles they make (inside the app, so that packages resolve). */
const DEV_BUNDLE_DIR = "node_modules/.cache/open-event-export-worker";

/**
 * The worker's file: in production (`next start`) the bundle `npm run build` made after
 * `next build`; in development and tests a bundle of the current source made now with the same
 * options (esbuild takes tens of milliseconds), named by its content so that processes sharing
 * the folder never see a half-written file. Paths are the app folder's, where `next start`,
 * `next dev` and the tests run.
 *
 * Not Turbopack's own worker bundling (`new Worker(new URL("./x.ts", import.meta.url))`): in
 * Next.js 16.4 the build copied the TypeScript file as an asset instead. Not tsx in the worker
 * either: a worker takes about 2 s to load the export code through it, 0.5 s from a bundle.
 */
async function workerFile(): Promise<string> {
  if (env().NODE_ENV === "production") {
    const bundle = path.resolve(EXPORT_WORKER_BUNDLE);
    if (!existsSync(bundle)) throw new Error(`The export worker ${bundle} is missing: build the app with \`npm run build\` (next build, then the worker)`);
    return bundle;
  }
  const { build } = await import("esbuild");
  const { outputFiles } = await build({ ...exportWorkerBuildOptions, outfile: "export-worker.mjs", write: false });
  const code = outputFiles?.[0]?.contents;
  if (!code) throw new Error("esbuild made no export worker bundle");
  const file = path.resolve(DEV_BUNDLE_DIR, `export-worker-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    await writeFile(partial, code);
    await rename(partial, file);
  }
  return file;
}

function toError(error: WorkerErrorMessage): Error {
  const rebuilt = error.code && error.detail !== undefined ? new AppError(error.code, error.detail) : new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/**
 * Runs renderExport (load and render) in a new `worker_threads` Worker whose old-generation heap
 * is capped at EXPORT_WORKER_HEAP_MB, and answers the file's bytes. An export's rows and document
 * take 100 MB and more on a large event; on the server's heap they would stay until V8 got round
 * to collecting them, so that exports one after another (or an export of a huge event) pushed the
 * server's memory up. A worker's heap is released whole when it ends, and a worker that runs out
 * of memory fails its export (an AppError the user reads) while the server runs on.
 *
 * A worker per export rather than one kept warm: a warm worker would keep its grown heap between
 * exports. Starting one (the thread, the bundle, its database pool) costs about half a second,
 * which the bench's 2,000-session task shows (about 0.75 s from request to SUCCESS instead of
 * 0.15 s in the server's thread), well inside its 2 s target.
 */
export async function renderInWorker(payload: ExportRequestedPayload, options: RenderInWorkerOptions): Promise<Uint8Array> {
  const heapMb = options.heapMb ?? env().EXPORT_WORKER_HEAP_MB;
  const data: ExportWorkerData = { payload };
  // A small young generation too: its semi-spaces are memory the worker holds whatever the export's
  // size (8 MB instead of V8's default took 20-40 MB off a 10,000-session export's peak, in no more time).
  // Started as a script that imports the file: given the path itself, Turbopack takes
  // `new Worker(<expression>)` for a worker entry it cannot resolve and traces the whole project.
  const script = `import(${JSON.stringify(pathToFileURL(await workerFile()).href)})`;
  const worker = new Worker(script, { eval: true, workerData: data, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 8 } });
  return new Promise<Uint8Array>((resolve, reject) => {
    // Progress reports are written in order, and all of them before the answer.
    let reported = Promise.resolve();
    let settled = false;
    const finish = (outcome: { bytes: Uint8Array } | { error: unknown }) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", abort);
      // The heap goes with the thread: ended before the answer, so an export never outlives its worker.
      void worker
        .terminate()
        .then(() => reported)
        .then(() => ("bytes" in outcome ? resolve(outcome.bytes) : reject(outcome.error)), reject);
    };
    const abort = () => finish({ error: options.signal?.reason ?? new Error("The export was stopped") });
    if (options.signal?.aborted) return abort();
    options.signal?.addEventListener("abort", abort);

    worker.on("message", (message: FromExportWorker) => {
      if (message.type === "progress") {
        reported = reported.then(() => options.progress(message.text, message.percent));
        reported.catch(() => {}); // handled where the chain is awaited, in finish
      } else if (message.type === "media") {
        options.fetchMedia(message.url).then(
          (bytes) => {
            const answer: ToExportWorker = { type: "media", id: message.id, bytes };
            if (!settled) worker.postMessage(answer, transferList(bytes));
          },
          (error: unknown) => finish({ error }),
        );
      } else if (message.type === "done") {
        finish({ bytes: message.bytes });
      } else {
        finish({ error: toError(message.error) });
      }
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") {
        finish({
          error: new AppError(
            "PAYLOAD_TOO_LARGE",
            `The export needs more memory than an export may use (${heapMb} MB, EXPORT_WORKER_HEAP_MB); the server's administrator can raise it`,
            undefined,
            { cause: error },
          ),
        });
      } else {
        finish({ error });
      }
    });
    worker.on("exit", (code) => finish({ error: new Error(`The export worker stopped (exit code ${code}) before it answered`) }));
  });
}
