import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import ICAL from "ical.js";
import { afterAll, expect, test } from "vitest";
import { createEvent, createMicrolocation, createSession, createSpeaker, createTrack, createUser } from "../../prisma/factories";
import type { User } from "../auth/actor";
import { db } from "../db";
import { startExport } from "../export-jobs";
import { exportJob } from "../export-jobs/job";
import { exportFileKey } from "../export-jobs/paths";
import { produceExport } from "../export-jobs/run-export";
import { importJob } from "../import/job";
import { startImport } from "../import/start-import";
import { fileExists, LocalFileStore, readFileBytes, setFileStore } from "../storage";
import type { AnyJob } from "./define-job";
import { JobRunner } from "./runner";
import { waitForTask } from "../testing/jobs/run-task";
import { hangingJob } from "../testing/jobs/test-jobs";

const ROOT = path.resolve(import.meta.dirname, "../..");
// The killed worker and the runner that takes over share this file store (the child's default
// store is UPLOAD_DIR).
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "oe-crash-store-"));
setFileStore(new LocalFileStore(uploadDir));

const silent = { warn: () => {}, error: () => {} };
const runners: JobRunner[] = [];
afterAll(async () => {
  await Promise.all(runners.map((runner) => runner.stop({ timeoutMs: 1_000 })));
  setFileStore(undefined);
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

/**
 * Starts lib/testing/jobs/crash-worker.ts in its own process, waits until it is in the middle
 * of a task, and SIGKILLs it there (no chance to clean up). Answers the task's id and the row as
 * it was while the worker ran.
 */
async function killWorkerMidTask(mode?: "export" | "import") {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/testing/jobs/crash-worker.ts", ...(mode ? [mode] : [])], {
    cwd: ROOT,
    env: { ...process.env, JOB_RUNNER: "1", UPLOAD_DIR: uploadDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));

  const taskId = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += String(chunk);
      const match = /RUNNING ([0-9a-f-]{36})/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`worker exited early: ${stderr}`)));
    setTimeout(() => reject(new Error(`worker did not start a task: ${stderr}`)), 30_000);
  });

  const running = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  expect(running.lockedBy).toMatch(new RegExp(`:${child.pid}:`));
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  await sleep(50);
  expect((await db.task.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("STARTED");
  return { taskId, running };
}

/**
 * The next runner, in this process. Its lease is far longer than the test, so the take-over can
 * only come from recognising the dead process.
 */
function restart(jobs: readonly AnyJob[]) {
  runners.push(new JobRunner({ jobs, pollIntervalMs: 20, leaseMs: 10 * 60_000, logger: silent }).start());
}

const actorOf = (user: { id: number; email: string }): User => ({ id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false });

/** An event with rooms, tracks, speakers and sessions (and no media to fetch). */
async function conference(name: string) {
  const owner = await createUser();
  const event = await createEvent({ owner, name, state: "published", schedulePublishedOn: new Date() });
  const room = await createMicrolocation({ event, name: "Hall A" });
  const track = await createTrack({ event, name: "Core" });
  const speakers = [await createSpeaker({ event, name: "Ada Lovelace" }), await createSpeaker({ event, name: "Grace Hopper" })];
  const day = event.startsAt.getTime();
  const sessions = [];
  for (let i = 0; i < 6; i++) {
    sessions.push(
      await createSession({
        event,
        title: `Talk ${i + 1}`,
        state: "accepted",
        speakers: [speakers[i % 2]!],
        microlocation: room,
        track,
        startsAt: new Date(day + i * 3_600_000),
        endsAt: new Date(day + i * 3_600_000 + 1_800_000),
      }),
    );
  }
  return { owner, event, sessions };
}

test("a task running in a process that gets SIGKILLed is completed by the next runner", { timeout: 60_000 }, async () => {
  const { taskId, running } = await killWorkerMidTask();
  expect([running.state, running.attempts, running.progressText]).toEqual(["STARTED", 1, "attempt 1 running"]);

  restart([hangingJob]);
  const task = await waitForTask(taskId, 10_000);
  expect({ state: task.state, attempts: task.attempts, result: task.result, progress: [task.progressText, task.progressPercent] }).toEqual({
    state: "SUCCESS",
    attempts: 2,
    result: { finishedOnAttempt: 2, pid: process.pid },
    progress: ["done", 100],
  });
});

test("an export whose worker is killed while rendering is finished by the next runner", { timeout: 60_000 }, async () => {
  const { owner, event, sessions } = await conference("Crash Export Conf");
  const { taskId } = await startExport(actorOf(owner), event.id, "ical");

  const { running } = await killWorkerMidTask("export");
  expect([running.state, running.attempts, running.progressText]).toEqual(["STARTED", 1, "Rendering"]);
  expect((await db.exportJob.findUniqueOrThrow({ where: { taskId } })).status).toBe("running");

  restart([exportJob]);
  const task = await waitForTask(taskId, 20_000);
  const job = await db.exportJob.findUniqueOrThrow({ where: { taskId } });
  expect({ state: task.state, attempts: task.attempts, error: task.error, result: task.result, status: job.status }).toEqual({
    state: "SUCCESS",
    attempts: 2,
    error: null,
    result: { download_url: expect.stringMatching(new RegExp(`^http://localhost:3000/v1/events/${event.id}/exports/${job.fileName}\\?expires=\\d+&signature=[A-Za-z0-9_-]{43}$`)) },
    status: "done",
  });
  const ics = new TextDecoder().decode((await readFileBytes(exportFileKey(event.id, job.fileName!)))!);
  const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
  expect(vevents.map((vevent) => vevent.getFirstPropertyValue("summary"))).toEqual(sessions.map((session) => session.title));
});

test("an import whose worker is killed inside its transaction is imported once by the next runner", { timeout: 60_000 }, async () => {
  const { owner, event } = await conference("Crash Import Conf");
  const archive = await produceExport({ eventId: event.id, userId: owner.id, format: "json" }, async () => {});
  const bytes = (await readFileBytes(exportFileKey(event.id, archive)))!;
  const importer = await createUser();
  const { taskId } = await startImport(actorOf(importer), { bytes, fileName: "event.zip" });
  const { fileKey } = (await db.task.findUniqueOrThrow({ where: { id: taskId } })).payload as { fileKey: string };

  const { running } = await killWorkerMidTask("import");
  expect([running.state, running.attempts, running.progressText]).toEqual(["STARTED", 1, "Importing the event"]);
  expect((await db.importJob.findUniqueOrThrow({ where: { taskId } })).resultStatus).toBe("running");

  restart([importJob]);
  const task = await waitForTask(taskId, 20_000);
  expect({ state: task.state, attempts: task.attempts, error: task.error }).toEqual({ state: "SUCCESS", attempts: 2, error: null });
  // The killed attempt's transaction was rolled back: one imported copy, owned by the importer.
  const copies = await db.event.findMany({ where: { name: "Crash Import Conf", id: { not: event.id } }, include: { sessions: { orderBy: { title: "asc" } } } });
  expect(copies.map((copy) => ({ creatorId: copy.creatorId, sessions: copy.sessions.map((session) => session.title) }))).toEqual([
    { creatorId: importer.id, sessions: ["Talk 1", "Talk 2", "Talk 3", "Talk 4", "Talk 5", "Talk 6"] },
  ]);
  const job = await db.importJob.findUniqueOrThrow({ where: { taskId } });
  expect({ resultStatus: job.resultStatus, eventId: job.eventId }).toEqual({ resultStatus: "success", eventId: copies[0]!.id });
  expect(task.result).toEqual(job.result);
  expect(await fileExists(fileKey)).toBe(false);
});
