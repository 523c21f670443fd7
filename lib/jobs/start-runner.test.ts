import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, expect, test } from "vitest";

// vitest sets JOB_RUNNER=0; this file is the server with the runner on (set before env() is read).
process.env.JOB_RUNNER = "1";
process.env.NEXT_RUNTIME = "nodejs";

afterAll(async () => {
  const { stopRunner } = await import("./runner");
  await stopRunner();
});

test("instrumentation's register() starts the embedded runner, which runs enqueued jobs", async () => {
  const { register } = await import("@/instrumentation");
  await register();
  await register(); // Next may call it again (dev reloads): still one runner
  const { enqueue } = await import("./enqueue");
  const { pingJob } = await import("./ping");
  const { db } = await import("../db");
  const { taskId } = await enqueue(pingJob, { message: "from the server" });
  let task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  for (let i = 0; task.state !== "SUCCESS" && i < 250; i++) {
    await sleep(20);
    task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  }
  expect([task.state, task.result]).toEqual(["SUCCESS", { message: "from the server", steps: 0 }]);
  expect(process.listenerCount("SIGTERM")).toBeGreaterThanOrEqual(1);
});
