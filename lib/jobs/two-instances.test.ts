import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, expect, test } from "vitest";
import { createEvent, createMicrolocation, createSession, createSpeaker, createTrack, createUser } from "../../prisma/factories";
import { db } from "../db";
import { exportFileKey } from "../export-jobs/paths";
import { fileExists, LocalFileStore, setFileStore } from "../storage";
import { claimTask, createTask } from "./task-store";

const ROOT = path.resolve(import.meta.dirname, "../..");
// One file store for both instances (shared storage, as behind a load balancer) and this process.
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "oe-two-instances-"));
setFileStore(new LocalFileStore(uploadDir));

const children: ChildProcessWithoutNullStreams[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  setFileStore(undefined);
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

interface Instance {
  child: ChildProcessWithoutNullStreams;
  queued: string[];
  ran: string[];
  ready: Promise<void>;
  exited: Promise<number | null>;
}

/** lib/testing/jobs/instance-worker.ts: a server process with its runner, on this test's database. */
function startInstance(userId: number, eventId: number, count: number): Instance {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/testing/jobs/instance-worker.ts", String(userId), String(eventId), String(count)], {
    cwd: ROOT,
    env: { ...process.env, JOB_RUNNER: "1", UPLOAD_DIR: uploadDir },
    stdio: ["pipe", "pipe", "pipe"],
  });
  children.push(child);
  const instance: Instance = { child, queued: [], ran: [], ready: Promise.resolve(), exited: new Promise((resolve) => child.on("exit", resolve)) };
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  instance.ready = new Promise((resolve, reject) => {
    let buffered = "";
    child.stdout.on("data", (chunk) => {
      buffered += String(chunk);
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const [word, taskId] = line.split(" ");
        if (word === "READY") resolve();
        else if (word === "QUEUED") instance.queued.push(taskId!);
        else if (word === "RAN") instance.ran.push(taskId!);
      }
    });
    void instance.exited.then((code) => reject(new Error(`instance exited (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`instance did not start: ${stderr}`)), 60_000);
  });
  return instance;
}

test(
  "two instances on one database, both running jobs, run each of 100 exports queued through both exactly once",
  { timeout: 180_000 },
  async () => {
    const owner = await createUser();
    const event = await createEvent({ owner, name: "Two Instances Conf", state: "published", schedulePublishedOn: new Date() });
    const room = await createMicrolocation({ event, name: "Hall A" });
    const track = await createTrack({ event, name: "Core" });
    const speaker = await createSpeaker({ event, name: "Ada Lovelace" });
    const day = event.startsAt.getTime();
    for (let i = 0; i < 4; i++) {
      await createSession({ event, title: `Talk ${i + 1}`, state: "accepted", speakers: [speaker], microlocation: room, track, startsAt: new Date(day + i * 3_600_000), endsAt: new Date(day + i * 3_600_000 + 1_800_000) });
    }

    const instances = [startInstance(owner.id, event.id, 50), startInstance(owner.id, event.id, 50)];
    await Promise.all(instances.map((instance) => instance.ready));
    for (const instance of instances) instance.child.stdin.write("go\n");

    const deadline = Date.now() + 150_000;
    let tasks: { id: string; state: string; attempts: number }[] = [];
    for (;;) {
      const queued = instances.flatMap((instance) => instance.queued);
      if (queued.length === 100) {
        tasks = await db.task.findMany({ where: { id: { in: queued } }, select: { id: true, state: true, attempts: true } });
        if (tasks.every((task) => task.state === "SUCCESS" || task.state === "FAILURE")) break;
      }
      if (Date.now() > deadline) throw new Error(`unfinished after 150 s: ${JSON.stringify(tasks.filter((task) => task.state !== "SUCCESS"))}`);
      await sleep(100);
    }
    for (const instance of instances) instance.child.kill("SIGTERM");
    await Promise.all(instances.map((instance) => instance.exited));

    const queued = instances.flatMap((instance) => instance.queued);
    const ran = instances.flatMap((instance) => instance.ran);
    expect(instances.map((instance) => instance.queued.length)).toEqual([50, 50]);
    expect(new Set(queued).size).toBe(100);
    // Exactly once: one handler start per task over both processes, and one claim each.
    expect(ran.toSorted()).toEqual(queued.toSorted());
    expect(tasks.map((task) => [task.state, task.attempts])).toEqual(tasks.map(() => ["SUCCESS", 1]));
    // Both instances took part.
    expect(instances.map((instance) => instance.ran.length > 0)).toEqual([true, true]);

    const exports = await db.exportJob.findMany({ where: { taskId: { in: queued } }, select: { status: true, fileName: true } });
    expect(exports.map((row) => row.status)).toEqual(queued.map(() => "done"));
    expect(new Set(exports.map((row) => row.fileName)).size).toBe(100);
    expect(await Promise.all(exports.map((row) => fileExists(exportFileKey(event.id, row.fileName!))))).toEqual(queued.map(() => true));
  },
);

test("claims racing on every connection of the pool hand each of 100 tasks to one worker", { timeout: 60_000 }, async () => {
  const name = "test/contended";
  const ids = new Set<string>();
  for (let n = 0; n < 100; n++) ids.add((await createTask({ name, payload: { n } })).id);
  // Ten workers (one per pooled connection) claiming as fast as they can until the queue is empty.
  const claimed = await Promise.all(
    Array.from({ length: 10 }, async (_, worker) => {
      const mine: string[] = [];
      for (let task = await claimTask(`worker-${worker}`, [name], 60_000); task; task = await claimTask(`worker-${worker}`, [name], 60_000)) mine.push(task.id);
      return mine;
    }),
  );
  expect(claimed.flat().toSorted()).toEqual([...ids].toSorted());
  const rows = await db.task.findMany({ where: { name }, select: { state: true, attempts: true } });
  expect(rows.map((row) => [row.state, row.attempts])).toEqual(rows.map(() => ["STARTED", 1]));
});
