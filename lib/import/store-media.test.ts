import JSZip from "jszip";
import sharp from "sharp";
import { beforeAll, expect, it } from "vitest";
import { createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { readFileBytes } from "../storage";
import { startImport } from "./start-import";
import { runTask, useTempFileStore } from "./testing";

/*
 * The files of an import archive reach the public store the way uploads do
 * (lib/uploads/sanitize-file.ts): images are decoded and encoded again, so the EXIF of a speaker's
 * photo, with the GPS position where it was taken, is not published because the photo came in an
 * archive rather than through /v1/upload/*. Other files are stored byte for byte. A file the check
 * refuses is not stored, its fields are left empty and it is listed in `skipped`; the import
 * itself succeeds.
 */

const PDF = Buffer.from("%PDF-1.4\n% slides of a talk\n%%EOF\n", "latin1");
const EXIF = {
  IFD0: { Copyright: "secret-owner", Artist: "someone" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 26/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 39/1", GPSMapDatum: "WGS-84 gps-marker" },
};

let actor: NonNullable<Actor>;
let photo: Buffer;
let logo: Buffer;

beforeAll(async () => {
  useTempFileStore();
  const user = await createUser();
  actor = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
  photo = await sharp({ create: { width: 120, height: 80, channels: 3, background: "#2980b9" } }).withExif(EXIF).jpeg().toBuffer();
  logo = await sharp({ create: { width: 90, height: 30, channels: 4, background: "#c0392b80" } }).withExif(EXIF).png().toBuffer();
});

async function archive(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("meta", JSON.stringify({ format: "open-event-json-export", version: 1 }));
  zip.file(
    "event",
    JSON.stringify({
      id: 1,
      name: "Photo Conf",
      timezone: "UTC",
      starts_at: "2030-01-01T09:00:00Z",
      ends_at: "2030-01-02T17:00:00Z",
      state: "draft",
      original_image_url: "/images/event/original.jpg",
      logo_url: "/images/event/logo.png",
    }),
  );
  zip.file("speakers", JSON.stringify([{ id: 1, name: "Ada", photo_url: "/images/speakers/1.jpg" }]));
  zip.file("sponsors", JSON.stringify([{ id: 1, name: "Acme", logo_url: "/images/sponsors/1.png", level: 1, position: 0 }]));
  zip.file("sessions", JSON.stringify([{ id: 1, title: "Talk", state: "accepted", slides_url: "/documents/session_1/slides.pdf", speakers: [{ id: 1, name: "Ada" }] }]));
  zip.file("images/speakers/1.jpg", photo);
  zip.file("images/sponsors/1.png", logo);
  zip.file("images/event/logo.png", logo);
  // A JPEG by its signature that does not decode.
  zip.file("images/event/original.jpg", photo.subarray(0, 200));
  zip.file("documents/session_1/slides.pdf", PDF);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const read = async (url: string | null) => {
  expect(url).toMatch(/^\/uploads\/imports\//);
  return Buffer.from((await readFileBytes(url!.slice("/uploads/".length)))!);
};

async function expectClean(stored: Buffer, expected: { format: string; width: number; height: number; channels: number }) {
  const meta = await sharp(stored).metadata();
  expect({ format: meta.format, width: meta.width, height: meta.height, exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc }).toEqual({
    format: expected.format,
    width: expected.width,
    height: expected.height,
    exif: undefined,
    xmp: undefined,
    iptc: undefined,
  });
  expect(stored.includes(Buffer.from("gps-marker"))).toBe(false);
  expect(stored.includes(Buffer.from("secret-owner"))).toBe(false);
  // Still the picture: it decodes whole, at its size.
  const { info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height, info.channels]).toEqual([expected.width, expected.height, expected.channels]);
}

it("stores the archive's images without their EXIF and GPS position, at their size; other files byte for byte; an image that does not decode is skipped", async () => {
  // The samples really carry what must go.
  for (const sample of [photo, logo]) {
    const exif = (await sharp(sample).metadata()).exif?.toString("latin1");
    expect(exif).toContain("gps-marker");
    expect(exif).toContain("secret-owner");
  }

  const { taskId } = await startImport(actor, { bytes: await archive(), fileName: "photos.zip" });
  const task = await runTask(taskId);
  expect(task.error).toBeNull();
  expect(task.state).toBe("SUCCESS");
  const result = task.result as { id: number; skipped: string[]; counts: Record<string, number>; not_downloaded: unknown[] };
  expect(result.skipped).toEqual(["images/event/original.jpg: the image could not be decoded; not stored"]);
  expect(result.not_downloaded).toEqual([]);
  expect(result.counts).toMatchObject({ sessions: 1, speakers: 1, sponsors: 1, media: 4 });

  const event = await db.event.findUniqueOrThrow({ where: { id: result.id }, include: { speakers: true, sponsors: true, sessions: true } });
  expect(event.originalImageUrl).toBeNull();
  await expectClean(await read(event.speakers[0]!.photoUrl), { format: "jpeg", width: 120, height: 80, channels: 3 });
  await expectClean(await read(event.sponsors[0]!.logoUrl), { format: "png", width: 90, height: 30, channels: 4 });
  await expectClean(await read(event.logoUrl), { format: "png", width: 90, height: 30, channels: 4 });
  expect((await read(event.sessions[0]!.slidesUrl)).equals(PDF)).toBe(true);
});
