import type { ErrorCode } from "../errors";
import type { ExportRequestedPayload } from "./schemas";

/** What the export worker is started with (`workerData`). */
export interface ExportWorkerData {
  payload: ExportRequestedPayload;
}

/** An error thrown in the worker, as it crosses to the server: an AppError keeps its code and detail. */
export interface WorkerErrorMessage {
  name: string;
  message: string;
  stack?: string;
  code?: ErrorCode;
  detail?: string;
}

/** Messages from the worker to the server. */
export type FromExportWorker =
  | { type: "progress"; text: string; percent?: number }
  | { type: "media"; id: number; url: string }
  | { type: "done"; bytes: Uint8Array }
  | { type: "failed"; error: WorkerErrorMessage };

/** Messages from the server to the worker: the answer to a `media` request. */
export type ToExportWorker = { type: "media"; id: number; bytes: Uint8Array | null };

/**
 * The list of buffers to move (not copy) with a message holding `bytes`: its buffer when the
 * view spans all of it, else none (a view into a larger or shared buffer is copied).
 */
export function transferList(bytes: Uint8Array | null): ArrayBuffer[] {
  if (!bytes || bytes.byteOffset !== 0 || !(bytes.buffer instanceof ArrayBuffer) || bytes.byteLength !== bytes.buffer.byteLength) return [];
  return [bytes.buffer];
}
