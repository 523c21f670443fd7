import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { createEvent, createMicrolocation, createSession, createSpeaker, createTrack, createUser } from "@/prisma/factories";
import { db, queryCount } from "../db";
import { AppError } from "../errors";
import { renderExport } from "./render-export";
import { renderInWorker } from "./render-in-worker";
import type { ExportRequestedPayload } from "./schemas";

/** Threads of this process (Linux): a worker thread that ended is joined and no longer counted. */
const threads = () => Number(/^Threads:\s+(\d+)/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1]);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const noMedia = async () => null;

async function conference() {
  const owner = await createUser();
  const event = await createEvent({ owner, name: "Worker Conf", state: "published", schedulePublishedOn: new Date() });
  const room = await createMicrolocation({ event, name: "Hall A" });
  const track = await createTrack({ event, name: "Core" });
  const speaker = await createSpeaker({ event, name: "Ada Lovelace" });
  const day = event.startsAt.getTime();
  for (let i = 0; i < 3; i++) {
    await createSession({ event, title: `Talk ${i + 1}`, state: "accepted", speakers: [speaker], microlocation: room, track, startsAt: new Date(day + i * 3_600_000) });
  }
  return { owner, event };
}

test("an export is loaded and rendered in a worker thread: the same bytes, progress in order, no query on this thread, the thread ended after", async () => {
  const { owner, event } = await conference();
  const payload: ExportRequestedPayload = { eventId: event.id, userId: owner.id, format: "sessions-csv" };
  const inThread = decode(await renderExport(payload, async () => {}, noMedia));
  // The first worker also starts the threads a process keeps (libuv's pool, V8's helpers).
  await renderInWorker(payload, { progress: async () => {}, fetchMedia: noMedia });

  const before = { queries: queryCount(), threads: threads() };
  const reports: unknown[] = [];
  const bytes = await renderInWorker(payload, { progress: async (text, percent) => void reports.push([text, percent]), fetchMedia: noMedia });

  expect(decode(bytes)).toBe(inThread);
  expect(inThread).toContain("Talk 3");
  expect(reports).toEqual([
    ["Loading event data", 10],
    ["Rendering", 60],
  ]);
  // The rows were read on the worker's own pool, and the worker is gone once the bytes are here.
  expect({ queries: queryCount() - before.queries, threads: threads() }).toEqual({ queries: 0, threads: before.threads });
});

test("an error thrown in the worker reaches the server as thrown: an AppError keeps its code and detail", async () => {
  const { owner, event } = await conference();
  await db.event.update({ where: { id: event.id }, data: { deletedAt: new Date() } });

  const failure = await renderInWorker({ eventId: event.id, userId: owner.id, format: "ical" }, { progress: async () => {}, fetchMedia: noMedia }).catch((error: unknown) => error);

  expect(failure).toBeInstanceOf(AppError);
  expect({ code: (failure as AppError).code, detail: (failure as AppError).detail }).toEqual({ code: "NOT_FOUND", detail: "Event not found" });
});

test("a worker out of heap fails its export with a message for the user, and the next export runs", async () => {
  const { owner, event } = await conference();
  const payload: ExportRequestedPayload = { eventId: event.id, userId: owner.id, format: "json" };

  const failure = await renderInWorker(payload, { progress: async () => {}, fetchMedia: noMedia, heapMb: 16 }).catch((error: unknown) => error);

  expect(failure).toBeInstanceOf(AppError);
  expect({ code: (failure as AppError).code, detail: (failure as AppError).detail }).toEqual({
    code: "PAYLOAD_TOO_LARGE",
    detail: "The export needs more memory than an export may use (16 MB, EXPORT_WORKER_HEAP_MB); the server's administrator can raise it",
  });
  const bytes = await renderInWorker(payload, { progress: async () => {}, fetchMedia: noMedia });
  expect(decode(bytes.subarray(0, 2))).toBe("PK");
});

test("a stopped export ends its worker and rejects with the stop's reason", async () => {
  const { owner, event } = await conference();
  const stop = new AbortController();
  const reason = new Error("the runner is shutting down");
  const before = threads();

  const failure = await renderInWorker(
    { eventId: event.id, userId: owner.id, format: "ical" },
    { progress: async () => stop.abort(reason), fetchMedia: noMedia, signal: stop.signal },
  ).catch((error: unknown) => error);

  expect({ failure, threads: threads() }).toEqual({ failure: reason, threads: before });
});
