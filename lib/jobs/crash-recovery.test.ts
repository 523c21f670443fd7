import { spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, expect, test } from "vitest";
import { db } from "../db";
import { JobRunner } from "./runner";
import { hangingJob } from "./testing/test-jobs";

const runners: JobRunner[] = [];
afterAll(async () => {
  await Promise.all(runners.map((runner) => runner.stop({ timeoutMs: 1_000 })));
});

/**
 * A real process crash: the child runs a job, is SIGKILLed in the middle of it (no chance to
 * clean up), and a runner in another process finishes the task. This runner's lease is far
 * longer than the test, so the take-over can only come from recognising the dead process.
 */
test("a task running in a process that gets SIGKILLed is completed by the next runner", { timeout: 60_000 }, async () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const child = spawn(process.execPath, ["--import", "tsx", "lib/jobs/testing/crash-worker.ts"], {
    cwd: root,
    env: { ...process.env, JOB_RUNNER: "1" },
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
  expect([running.state, running.attempts, running.progressText]).toEqual(["STARTED", 1, "attempt 1 running"]);
  expect(running.lockedBy).toMatch(new RegExp(`:${child.pid}:`));

  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  await sleep(50);
  expect((await db.task.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("STARTED");

  runners.push(new JobRunner({ jobs: [hangingJob], pollIntervalMs: 20, leaseMs: 10 * 60_000 }).start());
  const deadline = Date.now() + 10_000;
  let task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  while (task.state !== "SUCCESS" && Date.now() < deadline) {
    await sleep(20);
    task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  }
  expect({ state: task.state, attempts: task.attempts, result: task.result, progress: [task.progressText, task.progressPercent] }).toEqual({
    state: "SUCCESS",
    attempts: 2,
    result: { finishedOnAttempt: 2, pid: process.pid },
    progress: ["done", 100],
  });
});
