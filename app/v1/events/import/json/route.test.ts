import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import { IMPORT_LIMITS } from "@/lib/import/limits";
import { receiveZipUpload } from "@/lib/import/receive-upload";
import { runTask, tinyEventZip, useTempFileStore } from "@/lib/import/testing";
import { readFileBytes } from "@/lib/storage";
import { createUser } from "@/prisma/factories";
import { POST } from "./route";
import { errorDocument as error, noParams } from "@/lib/testing/api";
import { lazyMultipartBody } from "@/lib/testing/lazy-multipart";


function multipart(bytes: Uint8Array, field = "file", fileName = "event.zip") {
  const form = new FormData();
  form.append(field, new Blob([bytes as BlobPart], { type: "application/zip" }), fileName);
  return form;
}

function post(body: BodyInit, token?: string, headers: Record<string, string> = {}) {
  return new Request("http://localhost/v1/events/import/json", {
    method: "POST",
    headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

const lazyBody = (totalBytes: number) => lazyMultipartBody(totalBytes, { fileName: "big.zip", contentType: "application/zip" });

let token: string;
let userId: number;
let zip: Uint8Array;

beforeAll(async () => {
  useTempFileStore();
  const user = await createUser();
  userId = user.id;
  token = await signApiToken(user);
  zip = await tinyEventZip();
});

describe("POST /v1/events/import/json", () => {
  it("answers an anonymous caller 401 without reading the upload", async () => {
    const { stream, state, contentType } = lazyBody(10 * 1024 * 1024);
    const response = await POST(post(stream, undefined, { "content-type": contentType }), noParams);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(error(401, "UNAUTHORIZED", "Unauthorized", "Sign in to import an event"));
    expect(state.pulled).toBe(0);
  });

  it("stores the zip, creates a pending Task and ImportJob, answers the task URL, and the task imports it", async () => {
    const response = await POST(post(multipart(zip), token), noParams);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { task_url: string };
    expect(body).toEqual({ task_url: expect.stringMatching(/^\/v1\/tasks\/[0-9a-f-]{36}$/) });
    const taskId = body.task_url.split("/").pop()!;
    const task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    expect(task).toMatchObject({ name: "event/import.requested", state: "PENDING", userId });
    const job = await db.importJob.findUniqueOrThrow({ where: { taskId } });
    expect(job).toMatchObject({ userId, eventId: null, resultStatus: "pending", result: null });
    const fileKey = (task.payload as { fileKey: string }).fileKey;
    expect(Buffer.from((await readFileBytes(fileKey))!).equals(Buffer.from(zip))).toBe(true);

    const done = await runTask(taskId);
    expect(done.state).toBe("SUCCESS");
    const result = done.result as { id: number; event_name: string; url: string };
    const event = await db.event.findUniqueOrThrow({ where: { id: result.id } });
    expect(result).toMatchObject({ id: event.id, event_name: "Tiny", url: `/events/${event.identifier}` });
    expect(await db.importJob.findUniqueOrThrow({ where: { taskId } })).toMatchObject({ eventId: event.id, resultStatus: "success" });
    // The upload is not kept once imported (it holds personal data).
    expect(await readFileBytes(fileKey)).toBeNull();
  });

  it("refuses a declared oversized upload with 413 before reading the body", async () => {
    const { stream, state, contentType } = lazyBody(IMPORT_LIMITS.maxUploadBytes + 1024 * 1024);
    const response = await POST(
      post(stream, token, { "content-type": contentType, "content-length": String(IMPORT_LIMITS.maxUploadBytes + 1024 * 1024) }),
      noParams,
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(
      error(413, "PAYLOAD_TOO_LARGE", "Payload too large", "The file is larger than the limit of 50 MB", { parameter: "file" }),
    );
    expect(state.pulled).toBe(0);
  });

  it("stops a streamed upload without Content-Length at the limit instead of reading it whole", async () => {
    const limit = 1024 * 1024;
    const { stream, state, contentType } = lazyBody(100 * 1024 * 1024);
    const request = post(stream, token, { "content-type": contentType });
    await expect(receiveZipUpload(request, limit)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(state.pulled).toBeGreaterThan(limit);
    expect(state.pulled).toBeLessThan(limit + 1024 * 1024);
  });

  it("answers 422 when the file field is missing and 415 for a non-multipart body", async () => {
    const missing = await POST(post(multipart(zip, "other"), token), noParams);
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual(error(422, "UNPROCESSABLE", "Validation error", "The upload has no `file` field", { parameter: "file" }));
    const json = await POST(post(JSON.stringify({ file: "x" }), token, { "content-type": "application/json" }), noParams);
    expect(json.status).toBe(415);
  });
});
