import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { ImportJob, User } from "@/lib/generated/prisma/client";
import { createEvent, createUser } from "@/prisma/factories";
import { GET as getOne } from "./[id]/route";
import { GET as list } from "./route";

const noParams = { params: Promise.resolve({}) };
const idParams = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });

function request(path: string, token?: string) {
  return new Request(`http://localhost${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} });
}

async function read(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const notFound = {
  errors: [{ status: "404", code: "NOT_FOUND", title: "Not found", detail: "Import job not found" }],
  jsonapi: { version: "1.1" },
};

function jobObject(job: ImportJob) {
  const self = `/v1/import-jobs/${job.id}`;
  const rel = (name: string) => ({ links: { self: `${self}/relationships/${name}`, related: `${self}/${name}` } });
  return {
    type: "import-job",
    id: String(job.id),
    attributes: { "result-status": job.resultStatus, result: job.result, "starts-at": job.startsAt.toISOString() },
    relationships: { event: rel("event"), user: rel("user"), task: rel("task") },
    links: { self },
  };
}

let alice: User, bob: User, admin: User;
let aliceToken: string, bobToken: string, adminToken: string;
let aliceJob: ImportJob, bobJob: ImportJob;

async function importJobOf(user: User, data: Partial<ImportJob> = {}) {
  const task = await db.task.create({ data: { name: "event/import.requested", payload: {}, userId: user.id } });
  return db.importJob.create({ data: { taskId: task.id, userId: user.id, ...(data as object) } });
}

beforeAll(async () => {
  alice = await createUser();
  bob = await createUser();
  admin = await createUser({ isAdmin: true });
  [aliceToken, bobToken, adminToken] = await Promise.all([signApiToken(alice), signApiToken(bob), signApiToken(admin)]);
  const event = await createEvent({ owner: alice, state: "draft" });
  aliceJob = await importJobOf(alice, { eventId: event.id, resultStatus: "success", result: { id: event.id, event_name: event.name } });
  bobJob = await importJobOf(bob, { resultStatus: "failure", result: { error: "The file is not a ZIP archive" } });
});

describe("GET /v1/import-jobs", () => {
  it("lists the caller's own import jobs", async () => {
    const { status, body } = await read(await list(request("/v1/import-jobs", aliceToken), noParams));
    expect(status).toBe(200);
    expect(body.data).toEqual([jobObject(aliceJob)]);
    expect(body.meta).toEqual({ count: 1 });
  });

  it("lists everyone's for an admin", async () => {
    const { body } = await read(await list(request("/v1/import-jobs?sort=starts-at", adminToken), noParams));
    expect(body.data).toEqual([jobObject(aliceJob), jobObject(bobJob)]);
  });

  it("includes the event, the user and links the task", async () => {
    const { body } = await read(await list(request("/v1/import-jobs?include=event,user,task", aliceToken), noParams));
    const [object] = body.data as { relationships: Record<string, { data: unknown }> }[];
    expect(object!.relationships.event!.data).toEqual({ type: "event", id: String(aliceJob.eventId) });
    expect(object!.relationships.user!.data).toEqual({ type: "user", id: String(alice.id) });
    expect(object!.relationships.task!.data).toEqual({ type: "task", id: aliceJob.taskId });
    expect((body.included as { type: string }[]).map((item) => item.type).sort()).toEqual(["event", "task", "user"]);
  });

  it("answers an anonymous caller 401", async () => {
    expect((await list(request("/v1/import-jobs"), noParams)).status).toBe(401);
  });
});

describe("GET /v1/import-jobs/{id}", () => {
  it("shows the owner their job", async () => {
    const { status, body } = await read(await getOne(request(`/v1/import-jobs/${bobJob.id}`, bobToken), idParams(bobJob.id)));
    expect(status).toBe(200);
    expect(body.data).toEqual(jobObject(bobJob));
  });

  it("shows an admin anyone's job", async () => {
    const { status, body } = await read(await getOne(request(`/v1/import-jobs/${bobJob.id}`, adminToken), idParams(bobJob.id)));
    expect(status).toBe(200);
    expect(body.data).toEqual(jobObject(bobJob));
  });

  it("answers someone else's job exactly like a missing one (404)", async () => {
    const other = await read(await getOne(request(`/v1/import-jobs/${bobJob.id}`, aliceToken), idParams(bobJob.id)));
    const missing = await read(await getOne(request("/v1/import-jobs/99999999", aliceToken), idParams(99999999)));
    const garbage = await read(await getOne(request("/v1/import-jobs/abc", aliceToken), idParams("abc")));
    expect([other, missing, garbage]).toEqual([
      { status: 404, body: notFound },
      { status: 404, body: notFound },
      { status: 404, body: notFound },
    ]);
  });

  it("answers an anonymous caller 401", async () => {
    expect((await getOne(request(`/v1/import-jobs/${aliceJob.id}`), idParams(aliceJob.id))).status).toBe(401);
  });
});
