import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assertSafeKey, isSafeKey, LocalFileStore, UploadThingFileStore, type FileStore } from "./index";
import { startFakeUploadThing, type FakeUploadThing } from "../testing/fakes/uploadthing";

const text = async (store: FileStore, key: string) => {
  const file = await store.readFile(key);
  return file && { size: file.size, text: await new Response(file.body).text() };
};

describe("keys", () => {
  test.each([
    "../etc/passwd", "a/../../b", "/abs", "a//b", "a/", "", ".hidden", "a/.b", "a\\b", "a/..", "é", "a b", "a\0b", "x".repeat(201),
  ])("refuses %j", (key) => {
    expect(isSafeKey(key)).toBe(false);
    expect(() => assertSafeKey(key)).toThrow("Invalid file key");
  });

  test.each(["a", "exports/12/AbC_-x-ical.ics", "images/speakers/1.thumb.jpg"])("accepts %j", (key) => {
    expect(assertSafeKey(key)).toBe(key);
  });
});

describe("local store", () => {
  let root: string;
  let store: LocalFileStore;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "oe-store-"));
    store = new LocalFileStore(path.join(root, "uploads"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test("round-trips a file, reports its size, deletes it idempotently", async () => {
    expect(await store.putFile("exports/1/f.ics", new TextEncoder().encode("BEGIN:VCALENDAR\r\n"), "text/calendar")).toEqual({ key: "exports/1/f.ics" });
    expect(await text(store, "exports/1/f.ics")).toEqual({ size: 17, text: "BEGIN:VCALENDAR\r\n" });
    expect(await store.fileExists("exports/1/f.ics")).toBe(true);
    // No temporary file is left next to it.
    expect(await readdir(path.join(root, "uploads/exports/1"))).toEqual(["f.ics"]);
    await store.deleteFile("exports/1/f.ics");
    await store.deleteFile("exports/1/f.ics");
    expect(await store.readFile("exports/1/f.ics")).toBeNull();
    expect(await store.fileExists("exports/1/f.ics")).toBe(false);
  });

  test("a missing file or a directory reads as null", async () => {
    await store.putFile("dir/inner", new Uint8Array([1]), "application/octet-stream");
    expect(await store.readFile("dir")).toBeNull();
    expect(await store.readFile("nothing/here")).toBeNull();
  });

  test("refuses keys that would leave the store, for every operation", async () => {
    await writeFile(path.join(root, "secret.txt"), "secret");
    for (const key of ["../secret.txt", "a/../../secret.txt", "/etc/passwd"]) {
      await expect(store.readFile(key)).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(store.putFile(key, new Uint8Array([1]), "text/plain")).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(store.deleteFile(key)).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(store.fileExists(key)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await readdir(root)).toEqual(["secret.txt", "uploads"]);
  });
});

describe("UploadThing store (against a local fake of its servers)", () => {
  let fake: FakeUploadThing;
  let store: UploadThingFileStore;
  beforeAll(async () => {
    fake = await startFakeUploadThing();
    store = new UploadThingFileStore(fake.options);
  });
  afterAll(() => fake.close());

  test("uploads under a hashed customId, reads through a signed URL, deletes by customId", async () => {
    const stored = await store.putFile("exports/7/abc-ical.ics", new TextEncoder().encode("BEGIN:VCALENDAR"), "text/calendar");
    const customId = UploadThingFileStore.customId("exports/7/abc-ical.ics");
    expect(customId).toMatch(/^oe-[0-9a-f]{64}$/);
    expect(stored.key).toBe("exports/7/abc-ical.ics");
    expect(stored.url).toMatch(/^http:\/\/localhost:\d+\/a\/fakeapp\//);
    expect([...fake.files.entries()].map(([id, file]) => [id, file.name, file.type])).toEqual([[customId, "abc-ical.ics", "text/calendar"]]);

    expect(await text(store, "exports/7/abc-ical.ics")).toEqual({ size: 15, text: "BEGIN:VCALENDAR" });
    expect(await store.fileExists("exports/7/abc-ical.ics")).toBe(true);
    expect(await store.readFile("exports/7/other.ics")).toBeNull();

    await store.deleteFile("exports/7/abc-ical.ics");
    expect(fake.files.size).toBe(0);
    expect(await store.fileExists("exports/7/abc-ical.ics")).toBe(false);
    expect(fake.requests.filter((r) => r.startsWith("POST"))).toEqual(["POST /v6/deleteFiles"]);
  });

  test("refuses unsafe keys before any request", async () => {
    const before = fake.requests.length;
    await expect(store.putFile("../x", new Uint8Array([1]), "text/plain")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(fake.requests.length).toBe(before);
  });
});
