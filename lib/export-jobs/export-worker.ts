/**
 * The export worker: a `worker_threads` Worker that loads and renders one export
 * (renderExport), started by renderInWorker (lib/export-jobs/render-in-worker.ts) with a bounded
 * heap. It has its own small database pool; media for a JSON zip and every progress report go
 * through the server thread, which also stores the file, so that the file store (and whatever
 * replaced it in a test) stays the server's.
 */
import { parentPort, workerData } from "node:worker_threads";
import { disconnectDb } from "../db";
import { AppError } from "../errors";
import type { ExportWorkerData, FromExportWorker, ToExportWorker, WorkerErrorMessage } from "./export-worker-protocol";
import { transferList } from "./export-worker-protocol";
import { renderExport } from "./render-export";

const port = parentPort;
if (!port) throw new Error("lib/export-jobs/export-worker.ts runs as a worker thread (see render-in-worker.ts)");

const send = (message: FromExportWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

const media = new Map<number, (bytes: Uint8Array | null) => void>();
let mediaSequence = 0;
port.on("message", (message: ToExportWorker) => {
  media.get(message.id)?.(message.bytes);
  media.delete(message.id);
});

function asMessage(error: unknown): WorkerErrorMessage {
  if (error instanceof AppError) return { name: error.name, message: error.message, stack: error.stack, code: error.code, detail: error.detail };
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: "Error", message: String(error) };
}

const { payload } = workerData as ExportWorkerData;
let result: { message: FromExportWorker; transfer: ArrayBuffer[] };
try {
  const bytes = await renderExport(
    payload,
    async (text, percent) => send({ type: "progress", text, percent }),
    (url) =>
      new Promise((resolve) => {
        const id = ++mediaSequence;
        media.set(id, resolve);
        send({ type: "media", id, url });
      }),
  );
  result = { message: { type: "done", bytes }, transfer: transferList(bytes) };
} catch (error) {
  result = { message: { type: "failed", error: asMessage(error) }, transfer: [] };
}
// Before the answer: the server ends the thread once it has it, and the connections should
// close cleanly rather than be cut.
await disconnectDb().catch(() => {});
send(result.message, result.transfer);
