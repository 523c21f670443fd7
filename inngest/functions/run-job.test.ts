import { InngestTestEngine, mockCtx } from "@inngest/test";
import { NonRetriableError, type Context, type EventPayload } from "inngest";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { pingJob } from "@/lib/jobs/ping";
import { brokenJob, flakyJob } from "@/lib/testing/jobs/test-jobs";
import { functions } from "../index";
import { jobFunction } from "./run-job";

/** @inngest/test always starts at attempt 0; a retry is simulated through the context. */
const retry = (attempt: number) => (ctx: Context.Any) => mockCtx({ ...ctx, attempt });

/** Runs functions in-process (BUILD-NOTES: no Inngest server here); Task rows are real. */
const row = (id: string) =>
  db.task.findUniqueOrThrow({
    where: { id },
    select: { state: true, attempts: true, progressText: true, progressPercent: true, result: true, error: true, lockedBy: true },
  });

/** The served function of the ping job. */
const ping = functions.find((fn) => fn.id() === "app-ping")!;

describe("Inngest functions", () => {
  test("app/ping runs the job's handler and reports to its Task row", async () => {
    const { taskId } = await enqueue(pingJob, { message: "hello" }, { userId: null });
    const t = new InngestTestEngine({ function: ping, events: [{ name: "app/ping", data: { taskId, message: "hello" } }] });
    const { result } = await t.execute();
    expect(result).toEqual({ message: "hello", steps: 0 });
    expect(await row(taskId)).toEqual({
      state: "SUCCESS",
      attempts: 1,
      progressText: null,
      progressPercent: null,
      result: { message: "hello", steps: 0 },
      error: null,
      lockedBy: null,
    });
  });

  test("steps go through Inngest's step.run and progress is written to the task", async () => {
    const { taskId } = await enqueue(pingJob, { steps: 3 });
    const t = new InngestTestEngine({ function: ping, events: [{ name: "app/ping", data: { taskId, steps: 3 } }] });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ message: "pong", steps: 3 });
    expect(ctx.step.run).toHaveBeenCalledTimes(3);
    expect(ctx.step.run).toHaveBeenCalledWith("step-1", expect.any(Function));
    expect(await row(taskId)).toMatchObject({ state: "SUCCESS", attempts: 1, progressText: "Step 3 of 3", progressPercent: 100 });
  });

  test("a run for a task that already finished does nothing", async () => {
    const { taskId } = await enqueue(pingJob, {});
    await db.task.update({ where: { id: taskId }, data: { state: "SUCCESS", result: { earlier: true } } });
    const t = new InngestTestEngine({ function: ping, events: [{ name: "app/ping", data: { taskId } }] });
    const { result } = await t.execute();
    expect(result).toBeNull();
    expect((await row(taskId)).result).toEqual({ earlier: true });
  });

  test("the last attempt's error fails the task and stops Inngest's retries", async () => {
    const fn = jobFunction(brokenJob);
    const { taskId } = await enqueue(brokenJob, {}, { maxAttempts: 2 });
    const t = new InngestTestEngine({
      function: fn,
      events: [{ name: brokenJob.name, data: { taskId } }],
      transformCtx: retry(1),
    });
    const { error } = await t.execute();
    // The engine hands back the serialised error, as Inngest would record it.
    expect(error).toMatchObject({ name: NonRetriableError.name, message: "the printer is on fire" });
    expect(await row(taskId)).toMatchObject({ state: "FAILURE", attempts: 2, error: "the printer is on fire", lockedBy: null });
  });

  test("an earlier attempt's error is thrown for Inngest to retry, leaving the task running", async () => {
    const fn = jobFunction(flakyJob);
    const { taskId } = await enqueue(flakyJob, { failTimes: 1 }, { maxAttempts: 3 });
    const events: [EventPayload] = [{ name: flakyJob.name, data: { taskId, failTimes: 1 } }];
    const first = await new InngestTestEngine({ function: fn, events }).execute();
    expect(first.error).toMatchObject({ name: "Error", message: "flaky failure on attempt 1" });
    expect(await row(taskId)).toMatchObject({ state: "STARTED", attempts: 1 });
    const second = await new InngestTestEngine({ function: fn, events, transformCtx: retry(1) }).execute();
    expect(second.result).toEqual({ attempt: 2 });
    expect(await row(taskId)).toMatchObject({ state: "SUCCESS", attempts: 2, result: { attempt: 2 } });
  });
});
