import { beforeAll, describe, expect, test } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { GET } from "./route";

let n = 0;
async function user(flags: { isAdmin?: boolean; isSuperAdmin?: boolean } = {}) {
  const row = await db.user.create({ data: { email: `tasks-${++n}@example.test`, passwordHash: "x", ...flags } });
  return { ...row, auth: `JWT ${await signApiToken(row)}` };
}

async function get(id: string, authorization?: string) {
  const request = new Request(`http://localhost/v1/tasks/${id}`, {
    headers: authorization ? { authorization } : {},
  });
  const response = await GET(request, { params: Promise.resolve({ id }) });
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

const notFound = {
  status: 404,
  type: "application/vnd.api+json",
  body: {
    errors: [{ status: "404", code: "NOT_FOUND", title: "Not found", detail: "Task not found" }],
    jsonapi: { version: "1.1" },
  },
};

let owner: Awaited<ReturnType<typeof user>>;
let other: Awaited<ReturnType<typeof user>>;
let admin: Awaited<ReturnType<typeof user>>;
let superAdmin: Awaited<ReturnType<typeof user>>;

beforeAll(async () => {
  [owner, other, admin, superAdmin] = [await user(), await user(), await user({ isAdmin: true }), await user({ isSuperAdmin: true })];
});

const task = (data: Partial<Prisma.TaskUncheckedCreateInput>) =>
  db.task.create({ data: { name: "app/ping", payload: {}, userId: owner.id, ...data } });

describe("GET /v1/tasks/{id}", () => {
  test("the owner sees a finished task's result", async () => {
    const { id } = await task({
      state: "SUCCESS",
      progressText: "Done",
      progressPercent: 100,
      result: { download_url: "/v1/events/7/exports/schedule.ics" },
    });
    expect(await get(id, owner.auth)).toEqual({
      status: 200,
      type: "application/json",
      body: {
        state: "SUCCESS",
        progress: { text: "Done", percent: 100 },
        result: { download_url: "/v1/events/7/exports/schedule.ics" },
      },
    });
  });

  test("a pending task is just its state; a running one shows its progress", async () => {
    const pending = await task({});
    expect((await get(pending.id, owner.auth)).body).toEqual({ state: "PENDING" });
    const running = await task({ state: "STARTED", progressText: "Rendering", result: { steps: { fetch: { v: 1 } } } });
    expect((await get(running.id, owner.auth)).body).toEqual({ state: "STARTED", progress: { text: "Rendering", percent: null } });
  });

  test("a failed task shows its error message and no result", async () => {
    const { id } = await task({ state: "FAILURE", error: "the printer is on fire", attempts: 3 });
    expect(await get(id, owner.auth)).toEqual({
      status: 200,
      type: "application/json",
      body: { state: "FAILURE", error: { message: "the printer is on fire" } },
    });
  });

  test("admins and super admins see any task", async () => {
    const { id } = await task({ state: "SUCCESS", result: { ok: true } });
    const expected = { status: 200, type: "application/json", body: { state: "SUCCESS", result: { ok: true } } };
    expect(await get(id, admin.auth)).toEqual(expected);
    expect(await get(id, superAdmin.auth)).toEqual(expected);
    const system = await task({ userId: null, state: "SUCCESS", result: { ok: true } });
    expect(await get(system.id, admin.auth)).toEqual(expected);
  });

  test("another user gets 404", async () => {
    const { id } = await task({ state: "SUCCESS", result: { secret: true } });
    expect(await get(id, other.auth)).toEqual(notFound);
  });

  test("an anonymous caller gets 404, also with a bad token", async () => {
    const { id } = await task({ state: "SUCCESS", result: { secret: true } });
    expect(await get(id)).toEqual(notFound);
    expect(await get(id, "JWT not-a-token")).toEqual(notFound);
  });

  test("a task without owner is visible to admins only", async () => {
    const { id } = await task({ userId: null });
    expect(await get(id, owner.auth)).toEqual(notFound);
  });

  test("an id that is not a uuid, or a missing one, gets 404", async () => {
    expect(await get("42", owner.auth)).toEqual(notFound);
    expect(await get("not-a-uuid", admin.auth)).toEqual(notFound);
    expect(await get("00000000-0000-4000-8000-000000000000", admin.auth)).toEqual(notFound);
  });

  test("responses are not cached", async () => {
    const { id } = await task({});
    const response = await GET(new Request(`http://localhost/v1/tasks/${id}`, { headers: { authorization: owner.auth } }), {
      params: Promise.resolve({ id }),
    });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
