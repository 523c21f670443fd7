import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";

/**
 * With Inngest configured, `enqueue` still writes the Task row and then sends the event.
 * No Inngest server can run here (BUILD-NOTES), so a fake one records what the SDK posts.
 */
const received: { url: string; body: unknown }[] = [];
let failNext = false;
const server = http.createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += String(chunk)));
  request.on("end", () => {
    received.push({ url: request.url ?? "", body: JSON.parse(body || "null") });
    if (failNext) {
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: "no" }));
      return;
    }
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ids: ["01J"], status: 200 }));
  });
});

let lib: {
  enqueue: typeof import("./enqueue").enqueue;
  pingJob: typeof import("./ping").pingJob;
  db: typeof import("../db").db;
};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // Set before the first env() read (modules below are imported afterwards on purpose).
  process.env.INNGEST_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.INNGEST_EVENT_KEY = "test-event-key";
  process.env.INNGEST_SIGNING_KEY = "signkey-test-0123456789abcdef";
  lib = { enqueue: (await import("./enqueue")).enqueue, pingJob: (await import("./ping")).pingJob, db: (await import("../db")).db };
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test("sends the job as an Inngest event carrying the task id", async () => {
  const { taskId, taskUrl } = await lib.enqueue(lib.pingJob, { message: "hi" }, { userId: null });
  expect(taskUrl).toBe(`/v1/tasks/${taskId}`);
  expect(received).toHaveLength(1);
  expect(received[0]?.url).toBe("/e/test-event-key");
  expect(received[0]?.body).toEqual([
    expect.objectContaining({ id: taskId, name: "app/ping", data: { message: "hi", taskId } }),
  ]);
  const task = await lib.db.task.findUniqueOrThrow({ where: { id: taskId } });
  expect([task.state, task.name, task.payload]).toEqual(["PENDING", "app/ping", { message: "hi" }]);
});

test("a rejected event fails the task visibly and the caller gets the error", async () => {
  failNext = true;
  const before = await lib.db.task.findMany({ select: { id: true } });
  await expect(lib.enqueue(lib.pingJob, {})).rejects.toThrow();
  failNext = false;
  const task = await lib.db.task.findFirstOrThrow({ where: { id: { notIn: before.map((t) => t.id) } } });
  expect([task.state, task.error]).toEqual(["FAILURE", "The job could not be handed to Inngest"]);
});

test("/api/inngest is served when Inngest is configured, and refuses unsigned calls", async () => {
  const { POST } = await import("@/app/api/inngest/route");
  // An unsigned request must never run a function (the reason the client never forces dev mode).
  const response = await POST(
    new Request("http://localhost/api/inngest?fnId=open-event-app-ping&stepId=step", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ event: { name: "app/ping", data: {} }, events: [], steps: {}, ctx: { run_id: "r", attempt: 0 } }),
    }) as never,
    undefined,
  );
  expect(response.status).toBe(401);
});
