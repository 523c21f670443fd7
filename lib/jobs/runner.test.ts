import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, test } from "vitest";
import { z } from "zod";
import { db } from "../db";
import { jobs as appJobs } from "@/inngest/jobs";
import { defineJob, PermanentJobError, type AnyJob } from "./define-job";
import { enqueue } from "./enqueue";
import { pingJob } from "./ping";
import { JobRunner, defaultBackoff, type RunnerOptions } from "./runner";
import { claimTask } from "./task-store";
import { brokenJob, flakyJob, hangingJob } from "../testing/jobs/test-jobs";

const silent = { warn: () => {}, error: () => {} };
const runners: JobRunner[] = [];

function startRunner(jobs: readonly AnyJob[], options: Omit<RunnerOptions, "jobs"> = {}): JobRunner {
  const runner = new JobRunner({ jobs, pollIntervalMs: 20, backoff: () => 10, logger: silent, ...options }).start();
  runners.push(runner);
  return runner;
}

afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop({ timeoutMs: 1_000 })));
});

async function settled(taskId: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    if (task.state === "SUCCESS" || task.state === "FAILURE") return task;
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${task.state} after ${timeoutMs} ms`);
    await sleep(20);
  }
}

const outcome = (task: Awaited<ReturnType<typeof settled>>) => ({
  state: task.state,
  attempts: task.attempts,
  result: task.result,
  error: task.error,
  lockedBy: task.lockedBy,
  lockedAt: task.lockedAt,
});

describe("enqueue", () => {
  test("writes a PENDING task with its owner and answers the task URL", async () => {
    const { taskId, taskUrl } = await enqueue(pingJob, { message: "hi" }, { maxAttempts: 5 });
    expect(taskUrl).toBe(`/v1/tasks/${taskId}`);
    const task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    expect({ name: task.name, payload: task.payload, state: task.state, attempts: task.attempts, maxAttempts: task.maxAttempts }).toEqual({
      name: "app/ping",
      payload: { message: "hi" },
      state: "PENDING",
      attempts: 0,
      maxAttempts: 5,
    });
  });

  test("rejects a bad payload without leaving a task behind", async () => {
    const before = await db.task.count();
    await expect(enqueue(pingJob, { steps: -1 })).rejects.toThrow(z.ZodError);
    expect(await db.task.count()).toBe(before);
  });
});

describe("embedded runner", () => {
  test("runs the ping job of the app's list", async () => {
    startRunner(appJobs, { backoff: defaultBackoff });
    const { taskId } = await enqueue(pingJob, { message: "hello" });
    const task = await settled(taskId);
    expect(outcome(task)).toEqual({
      state: "SUCCESS",
      attempts: 1,
      result: { message: "hello", steps: 0 },
      error: null,
      lockedBy: null,
      lockedAt: null,
    });
    expect(task.finishedAt).toBeInstanceOf(Date);
  });

  test("claims only tasks of the jobs it was given, leaving other names to their runners", async () => {
    const { taskId: foreignId } = await enqueue(flakyJob, { failTimes: 0 });
    startRunner(appJobs);
    const { taskId } = await enqueue(pingJob, { message: "mine" });
    expect((await settled(taskId)).state).toBe("SUCCESS");
    await sleep(100); // a few more polls
    const foreign = await db.task.findUniqueOrThrow({ where: { id: foreignId } });
    expect([foreign.state, foreign.attempts, foreign.lockedBy]).toEqual(["PENDING", 0, null]);
    startRunner([flakyJob]);
    expect(outcome(await settled(foreignId))).toMatchObject({ state: "SUCCESS", attempts: 1, result: { attempt: 1 } });
  });

  test("a job that fails twice then succeeds ends SUCCESS after 3 attempts", async () => {
    startRunner([flakyJob]);
    const { taskId } = await enqueue(flakyJob, { failTimes: 2 }, { maxAttempts: 3 });
    expect(outcome(await settled(taskId))).toEqual({
      state: "SUCCESS",
      attempts: 3,
      result: { attempt: 3 },
      error: null,
      lockedBy: null,
      lockedAt: null,
    });
  });

  test("a job that always fails ends FAILURE with its error text", async () => {
    startRunner([brokenJob]);
    const { taskId } = await enqueue(brokenJob, {}, { maxAttempts: 2 });
    expect(outcome(await settled(taskId))).toEqual({
      state: "FAILURE",
      attempts: 2,
      result: null,
      error: "the printer is on fire",
      lockedBy: null,
      lockedAt: null,
    });
  });

  test("a PermanentJobError fails the task without retrying", async () => {
    const permanent = defineJob({
      name: "test/permanent",
      schema: z.object({}),
      async handler() {
        throw new PermanentJobError("event 42 was deleted");
      },
    });
    startRunner([permanent]);
    const { taskId } = await enqueue(permanent, {}, { maxAttempts: 5 });
    const task = await settled(taskId);
    expect([task.state, task.attempts, task.error]).toEqual(["FAILURE", 1, "event 42 was deleted"]);
  });

  test("waits the backoff between attempts", async () => {
    const delays: number[] = [];
    startRunner([flakyJob], {
      backoff: (attempt) => {
        delays.push(attempt);
        return 300;
      },
    });
    const started = Date.now();
    const { taskId } = await enqueue(flakyJob, { failTimes: 1 });
    await settled(taskId);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(delays).toEqual([1]);
    expect([1, 2, 3, 4, 20].map(defaultBackoff)).toEqual([1000, 2000, 4000, 8000, 300_000]);
  });

  test("records progress text and percent", async () => {
    const seen: { text: string | null; percent: number | null }[] = [];
    const gate = defineJob({
      name: "test/progress",
      schema: z.object({}),
      async handler(_payload, ctx) {
        await ctx.progress("Loading sessions", 20);
        const row = await db.task.findUniqueOrThrow({ where: { id: ctx.taskId } });
        seen.push({ text: row.progressText, percent: row.progressPercent });
        await ctx.progress("Rendering", 66.6);
        await ctx.progress("Stale message", 10); // never moves backwards
        await ctx.progress("Writing the file");
        return null;
      },
    });
    startRunner([gate]);
    const { taskId } = await enqueue(gate, {});
    const task = await settled(taskId);
    expect(seen).toEqual([{ text: "Loading sessions", percent: 20 }]);
    expect([task.state, task.progressText, task.progressPercent, task.result]).toEqual(["SUCCESS", "Writing the file", null, null]);
  });

  test("ping reports progress per step", async () => {
    startRunner(appJobs);
    const { taskId } = await enqueue(pingJob, { steps: 4 });
    const task = await settled(taskId);
    expect([task.state, task.progressText, task.progressPercent, task.result]).toEqual([
      "SUCCESS",
      "Step 4 of 4",
      100,
      { message: "pong", steps: 4 },
    ]);
  });

  test("a step that succeeded is not run again when the task is retried", async () => {
    const runs = { fetch: 0, render: 0 };
    const memo = defineJob({
      name: "test/memo",
      schema: z.object({}),
      async handler(_payload, ctx) {
        const loaded = await ctx.step.run("fetch", async () => {
          runs.fetch++;
          return { sessions: 3, at: new Date(Date.UTC(2026, 0, 1)).toISOString() };
        });
        const rendered = await ctx.step.run("render", async () => {
          runs.render++;
          if (ctx.attempt === 1) throw new Error("renderer crashed");
          return `rendered ${loaded.sessions}`;
        });
        await ctx.step.run("side-effect", () => undefined);
        return { rendered, attempt: ctx.attempt };
      },
    });
    startRunner([memo]);
    const { taskId } = await enqueue(memo, {}, { maxAttempts: 3 });
    const task = await settled(taskId);
    expect(outcome(task)).toEqual({
      state: "SUCCESS",
      attempts: 2,
      result: { rendered: "rendered 3", attempt: 2 },
      error: null,
      lockedBy: null,
      lockedAt: null,
    });
    expect(runs).toEqual({ fetch: 1, render: 2 });
  });

  test("repeated step ids are memoised per occurrence", async () => {
    let calls = 0;
    const loop = defineJob({
      name: "test/loop",
      schema: z.object({}),
      async handler(_payload, ctx) {
        const values: number[] = [];
        for (let i = 0; i < 3; i++) values.push(await ctx.step.run("item", () => ++calls));
        if (ctx.attempt === 1) throw new Error("retry me");
        return values;
      },
    });
    startRunner([loop]);
    const { taskId } = await enqueue(loop, {});
    const task = await settled(taskId);
    expect([task.state, task.result, calls]).toEqual(["SUCCESS", [1, 2, 3], 3]);
  });

  test("never runs more than `concurrency` tasks at once", async () => {
    let running = 0;
    let peak = 0;
    const slow = defineJob({
      name: "test/slow",
      schema: z.object({ n: z.number() }),
      async handler(payload) {
        running++;
        peak = Math.max(peak, running);
        await sleep(200);
        running--;
        return payload.n;
      },
    });
    startRunner([slow], { concurrency: 3 });
    const ids = await Promise.all(Array.from({ length: 10 }, (_, n) => enqueue(slow, { n }).then((r) => r.taskId)));
    const tasks = await Promise.all(ids.map((id) => settled(id)));
    expect(tasks.map((t) => [t.state, t.attempts, t.result])).toEqual(ids.map((_, n) => ["SUCCESS", 1, n]));
    expect(peak).toBe(3);
  });

  test("two runners never run the same task twice", async () => {
    const executions = new Map<number, number>();
    const once = defineJob({
      name: "test/once",
      schema: z.object({ n: z.number() }),
      async handler(payload) {
        executions.set(payload.n, (executions.get(payload.n) ?? 0) + 1);
        await sleep(5);
        return null;
      },
    });
    startRunner([once], { concurrency: 4 });
    startRunner([once], { concurrency: 4 });
    const ids = await Promise.all(Array.from({ length: 40 }, (_, n) => enqueue(once, { n }).then((r) => r.taskId)));
    await Promise.all(ids.map((id) => settled(id)));
    expect([...executions.values()].every((count) => count === 1)).toBe(true);
    expect(executions.size).toBe(40);
  });
});

describe("restarts", () => {
  test("a task enqueued while no runner runs is done once one starts", async () => {
    const { taskId } = await enqueue(flakyJob, { failTimes: 0 });
    await sleep(100);
    expect((await db.task.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("PENDING");
    startRunner([flakyJob]);
    expect((await settled(taskId)).state).toBe("SUCCESS");
  });

  test("a task whose worker died (stale lease) is taken over by a new runner", async () => {
    const { taskId } = await enqueue(hangingJob, { hangOnAttempt: 0 });
    // A worker on another host claims the task, then vanishes without a word.
    const claimed = await claimTask("other-host:4242:dead:1", [hangingJob.name], 60_000);
    expect(claimed?.id).toBe(taskId);
    startRunner([hangingJob], { leaseMs: 1_000 });
    await sleep(200);
    expect((await db.task.findUniqueOrThrow({ where: { id: taskId } })).lockedBy).toBe("other-host:4242:dead:1");
    const task = await settled(taskId);
    expect([task.state, task.attempts, task.result]).toEqual(["SUCCESS", 2, { finishedOnAttempt: 2, pid: process.pid }]);
  });

  test("a task of a dead process on this host is resumed at start-up, without waiting for the lease", async () => {
    const { taskId } = await enqueue(hangingJob, { hangOnAttempt: 0 });
    await claimTask(`${os.hostname()}:2147483646:gone:1`, [hangingJob.name], 60_000);
    startRunner([hangingJob], { leaseMs: 60_000 });
    const task = await settled(taskId, 3_000);
    expect([task.state, task.attempts]).toEqual(["SUCCESS", 2]);
  });

  test("a task whose last attempt died with its worker fails instead of running forever", async () => {
    const { taskId } = await enqueue(hangingJob, { hangOnAttempt: 0 }, { maxAttempts: 1 });
    await claimTask("other-host:1:dead:1", [hangingJob.name], 60_000);
    startRunner([hangingJob], { leaseMs: 100 });
    const task = await settled(taskId);
    expect([task.state, task.attempts, task.error]).toEqual([
      "FAILURE",
      2,
      "The worker running this task stopped before it finished",
    ]);
  });

  test("stop() waits for running tasks", async () => {
    const { taskId } = await enqueue(pingJob, { delayMs: 150 });
    const runner = new JobRunner({ jobs: [pingJob], pollIntervalMs: 20, logger: silent }).start();
    await sleep(60);
    await runner.stop({ timeoutMs: 5_000 });
    expect((await db.task.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("SUCCESS");
  });

  test("stop() gives back tasks that outlive its timeout, and the next runner finishes them", async () => {
    const { taskId } = await enqueue(hangingJob, { hangOnAttempt: 1 });
    const first = new JobRunner({ jobs: [hangingJob], pollIntervalMs: 20, logger: silent }).start();
    for (let i = 0; (await db.task.findUniqueOrThrow({ where: { id: taskId } })).state !== "STARTED"; i++) {
      if (i > 200) throw new Error("never started");
      await sleep(10);
    }
    await first.stop({ timeoutMs: 50 });
    const released = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    expect([released.state, released.attempts, released.lockedBy]).toEqual(["PENDING", 0, null]);
    // attempt 1 again (the interrupted one did not count), so make this runner's job succeed at once
    const finisher = defineJob({ ...hangingJob, handler: (payload, ctx) => hangingJob.handler({ hangOnAttempt: 99 }, ctx) });
    startRunner([finisher]);
    const task = await settled(taskId);
    expect([task.state, task.attempts]).toEqual(["SUCCESS", 1]);
  });
});

describe("a job's failure handler", () => {
  /** A job that fails as told and records every call of its failure handler with the task's state at the time. */
  function failingJob(name: string, options: { hang?: boolean; handlerThrows?: boolean } = {}) {
    const calls: { payload: unknown; failure: unknown; stateMeanwhile: string }[] = [];
    const job = defineJob({
      name,
      schema: z.object({ fileKey: z.string() }),
      async handler(_payload, ctx) {
        if (options.hang) await sleep(60_000, undefined, { signal: ctx.signal });
        throw new Error(`attempt ${ctx.attempt} failed`);
      },
      async onFailure(payload, failure) {
        const { state } = await db.task.findUniqueOrThrow({ where: { id: failure.taskId } });
        calls.push({ payload, failure, stateMeanwhile: state });
        if (options.handlerThrows) throw new Error("the handler broke too");
      },
    });
    return { job, calls };
  }

  test("runs once with the payload and the error when the last attempt fails, before the task is marked", async () => {
    const { job, calls } = failingJob("test/fails-with-handler");
    startRunner([job]);
    const { taskId } = await enqueue(job, { fileKey: "uploads/a.zip" }, { maxAttempts: 2 });
    const task = await settled(taskId);
    expect([task.state, task.attempts, task.error]).toEqual(["FAILURE", 2, "attempt 2 failed"]);
    expect(calls).toEqual([{ payload: { fileKey: "uploads/a.zip" }, failure: { taskId, error: "attempt 2 failed" }, stateMeanwhile: "STARTED" }]);
  });

  test("runs when the worker of the task's last attempt died", async () => {
    const { job, calls } = failingJob("test/died-with-handler", { hang: true });
    const { taskId } = await enqueue(job, { fileKey: "uploads/b.zip" }, { maxAttempts: 1 });
    await claimTask("other-host:1:dead:1", [job.name], 60_000);
    startRunner([job], { leaseMs: 100 });
    const task = await settled(taskId);
    const error = "The worker running this task stopped before it finished";
    expect([task.state, task.attempts, task.error]).toEqual(["FAILURE", 2, error]);
    expect(calls).toEqual([{ payload: { fileKey: "uploads/b.zip" }, failure: { taskId, error }, stateMeanwhile: "STARTED" }]);
  });

  test("a handler that throws is logged and the task still ends in FAILURE", async () => {
    const { job, calls } = failingJob("test/handler-throws", { handlerThrows: true });
    const logged: unknown[][] = [];
    startRunner([job], { logger: { warn: () => {}, error: (...args: unknown[]) => void logged.push(args) } });
    const { taskId } = await enqueue(job, { fileKey: "uploads/c.zip" }, { maxAttempts: 1 });
    const task = await settled(taskId);
    expect([task.state, task.error, calls.length]).toEqual(["FAILURE", "attempt 1 failed", 1]);
    expect(logged).toContainEqual([`[jobs] the failure handler of task ${taskId} (test/handler-throws) failed`, new Error("the handler broke too")]);
  });

  test("is not run for a payload that no longer parses", async () => {
    const { job, calls } = failingJob("test/bad-payload-with-handler");
    const { taskId } = await enqueue(job, { fileKey: "uploads/d.zip" });
    await db.task.update({ where: { id: taskId }, data: { payload: { fileKey: 42 } } });
    startRunner([job]);
    const task = await settled(taskId);
    expect([task.state, task.error?.startsWith("Invalid payload"), calls]).toEqual(["FAILURE", true, []]);
  });
});

describe("start-up", () => {
  test("no runner starts with JOB_RUNNER=0", async () => {
    const { startRunnerFromEnv } = await import("./start-runner");
    expect(startRunnerFromEnv(appJobs)).toBeNull();
  });
});
