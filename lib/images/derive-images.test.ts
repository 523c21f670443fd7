import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { createEvent as createEventService } from "../events/create-event";
import { updateEvent } from "../events/update-event";
import { updateImageSizes } from "../image-sizes/update-image-sizes";
import { JobRunner } from "../jobs/runner";
import { LocalFileStore, putFile, readFileBytes, setFileStore } from "../storage";
import { updateSpeaker } from "../speakers/update-speaker";
import { addRole, createEvent, createSpeaker, createUser } from "../../prisma/factories";
import { deriveImagesJob } from "./job";

let root: string;

async function runAll(name: string) {
  const runner = new JobRunner({ jobs: [deriveImagesJob], pollIntervalMs: 20, logger: { warn: () => {}, error: () => {} } }).start();
  try {
    for (let i = 0; i < 400; i++) {
      const open = await db.task.count({ where: { name, state: { in: ["PENDING", "STARTED"] } } });
      if (open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await runner.stop({ timeoutMs: 1000 });
  }
}

async function storedSize(url: string | null) {
  expect(url).toMatch(/^\/uploads\/derived\//);
  const bytes = await readFileBytes(url!.slice("/uploads/".length));
  const meta = await sharp(Buffer.from(bytes!)).metadata();
  return [meta.format, meta.width, meta.height];
}

async function uploadedImage(width: number, height: number, name: string) {
  const bytes = await sharp({ create: { width, height, channels: 3, background: "#2980b9" } }).jpeg().toBuffer();
  const key = `images/${name}/image.jpg`;
  await putFile(key, new Uint8Array(bytes), "image/jpeg");
  return `/uploads/${key}`;
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "oe-derive-"));
  setFileStore(new LocalFileStore(root));
});

afterAll(() => {
  setFileStore(undefined);
  fs.rmSync(root, { recursive: true, force: true });
});

describe("configured image sizes", () => {
  it("an event saved with an uploaded image gets large, thumbnail and icon in the configured sizes", async () => {
    const admin = await createUser({ isAdmin: true });
    await updateImageSizes(admin, "event", {
      fullWidth: 600, fullHeight: 300, fullAspect: true, fullQuality: 80,
      thumbnailWidth: 200, thumbnailHeight: 100, thumbnailAspect: false, thumbnailQuality: 70,
      iconWidth: 48, iconHeight: 48, iconAspect: false, iconQuality: 60,
    });
    const owner = await createUser();
    const image = await uploadedImage(1300, 500, "event-a");
    const created = await createEventService(owner, {
      name: "Sized", timezone: "UTC", startsAt: new Date("2031-01-01T09:00:00Z"), endsAt: new Date("2031-01-02T17:00:00Z"), originalImageUrl: image,
    } as never);
    const task = await db.task.findFirstOrThrow({ where: { name: "image/derive.requested", eventId: created.id } });
    expect(task.payload).toEqual({ kind: "event", ids: [created.id] });

    await runAll("image/derive.requested");
    const event = await db.event.findUniqueOrThrow({ where: { id: created.id } });
    expect(event.originalImageUrl).toBe(image);
    // Aspect kept: 1300×500 scaled to width 600 → 600×231; the others are cropped to fill.
    expect(await storedSize(event.largeImageUrl)).toEqual(["jpeg", 600, 231]);
    expect(await storedSize(event.thumbnailImageUrl)).toEqual(["jpeg", 200, 100]);
    expect(await storedSize(event.iconImageUrl)).toEqual(["jpeg", 48, 48]);

    // A new image clears the old sizes at once and derives new ones.
    const next = await uploadedImage(800, 800, "event-b");
    const updated = await updateEvent(owner, String(created.id), { originalImageUrl: next } as never);
    expect([updated.largeImageUrl, updated.thumbnailImageUrl, updated.iconImageUrl]).toEqual([null, null, null]);
    await runAll("image/derive.requested");
    const again = await db.event.findUniqueOrThrow({ where: { id: created.id } });
    expect(await storedSize(again.largeImageUrl)).toEqual(["jpeg", 600, 600]);
  });

  it("a speaker photo gets thumbnail, small and icon; a remote photo gets no job", async () => {
    const owner = await createUser();
    const event = await createEvent();
    await addRole(owner, event, "owner");
    const speaker = await createSpeaker({ event, name: "Ada" });
    const photo = await uploadedImage(400, 600, "speaker-a");
    await updateSpeaker(owner, String(speaker.id), { photoUrl: photo } as never);
    await runAll("image/derive.requested");
    const row = await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } });
    const sizes = await db.imageSizes.findUniqueOrThrow({ where: { type: "speaker" } });
    const expected = (width: number | null, height: number | null, aspect: boolean) =>
      aspect ? ["jpeg", width, Math.round((600 * width!) / 400)] : ["jpeg", width, height];
    expect(await storedSize(row.thumbnailImageUrl)).toEqual(expected(sizes.thumbnailWidth, sizes.thumbnailHeight, sizes.thumbnailAspect));
    expect(await storedSize(row.iconImageUrl)).toEqual(expected(sizes.iconWidth, sizes.iconHeight, sizes.iconAspect));
    expect(row.smallImageUrl).toMatch(/^\/uploads\/derived\/speakers\//);

    const before = await db.task.count({ where: { name: "image/derive.requested" } });
    await updateSpeaker(owner, String(speaker.id), { photoUrl: "https://img.example/remote.jpg" } as never);
    expect(await db.task.count({ where: { name: "image/derive.requested" } })).toBe(before);
    const cleared = await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } });
    expect([cleared.thumbnailImageUrl, cleared.smallImageUrl, cleared.iconImageUrl]).toEqual([null, null, null]);
  });
});
