import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUser } from "../../prisma/factories";
import { db } from "../db";
import { exportData, exportEvent, session, speaker } from "../export/__fixtures__/export-data";
import { renderJsonZip } from "../export/render-json-zip";
import type { AddressPolicy, Resolver } from "../net/safe-fetch";
import { readFileBytes } from "../storage";
import { sanitizeFile } from "../uploads/sanitize-file";
import { downloadRemoteMedia, type RemoteFetchHooks } from "./download-remote-media";
import { IMPORT_LIMITS, type ImportLimits } from "./limits";
import { importArchive, type ImportResult } from "./run-import";
import { upsertImportJob } from "./upsert-import-job";
import { useTempFileStore } from "./testing";

/*
 * Issue #6: remote media URLs of imported data are downloaded into the file store through the
 * guarded fetch; a refused or failed download keeps the original URL and is reported with its
 * reason. Nothing here leaves this process: the media server listens on 127.0.0.1, and the
 * tests that reach it pass a policy that allows exactly that address and port (the
 * production policy, public addresses only, refuses it, which one test shows).
 */

let PNG: Buffer;
/** A photo as a phone writes it: the owner's name and a GPS position in its EXIF. */
let JPEG_WITH_GPS: Buffer;
const PDF = Buffer.from("%PDF-1.4\n% slides of a talk\n%%EOF\n", "latin1");
const LIMITS: ImportLimits = { ...IMPORT_LIMITS, maxMediaFileBytes: 10_000 };

let storeRoot: string;
let media: http.Server;
let internal: http.Server;
let port: number;
let internalPort: number;
let base: string;
/** Requests the media server saw, by path; the internal server's must stay empty. */
const hits: string[] = [];
const internalHits: string[] = [];
let inFlight = 0;
let maxInFlight = 0;

const onlyMediaServer: AddressPolicy = (address, p) => address === "127.0.0.1" && p === port;
const noDns: Resolver = async (host) => {
  throw new Error(`unexpected DNS lookup of ${host}`);
};
const toMediaServer: RemoteFetchHooks = { addressPolicy: onlyMediaServer, resolve: noDns };

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

beforeAll(async () => {
  storeRoot = useTempFileStore().root;
  PNG = await sharp({ create: { width: 2, height: 1, channels: 4, background: "#ff000080" } }).png().toBuffer();
  JPEG_WITH_GPS = await sharp({ create: { width: 64, height: 40, channels: 3, background: "#2980b9" } })
    .withExif({
      IFD0: { Copyright: "secret-owner", Artist: "someone" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 26/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 39/1", GPSMapDatum: "WGS-84 gps-marker" },
    })
    .jpeg()
    .toBuffer();
  internal = http.createServer((request, response) => {
    internalHits.push(request.url ?? "");
    response.writeHead(200, { "content-type": "image/png" }).end(PNG);
  });
  internalPort = await listen(internal);
  media = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    hits.push(url.pathname);
    if (url.pathname === "/photo.png") {
      response.writeHead(200, { "content-type": "image/png" }).end(PNG);
    } else if (url.pathname === "/holiday.jpg") {
      response.writeHead(200, { "content-type": "image/jpeg" }).end(JPEG_WITH_GPS);
    } else if (url.pathname === "/broken.jpg") {
      // A JPEG by its signature that does not decode.
      response.writeHead(200, { "content-type": "image/jpeg" }).end(JPEG_WITH_GPS.subarray(0, 200));
    } else if (url.pathname === "/slides") {
      // The header says nothing useful: the bytes decide.
      response.writeHead(200, { "content-type": "application/octet-stream" }).end(PDF);
    } else if (url.pathname === "/fake.png") {
      response.writeHead(200, { "content-type": "image/png" }).end("<html><script>alert(document.cookie)</script></html>");
    } else if (url.pathname === "/to-internal") {
      response.writeHead(302, { location: `http://127.0.0.1:${internalPort}/admin.png` }).end();
    } else if (url.pathname === "/to-metadata") {
      response.writeHead(301, { location: "http://169.254.169.254/latest/meta-data" }).end();
    } else if (url.pathname === "/large.png") {
      // No Content-Length: only counting while streaming can stop it.
      response.writeHead(200, { "content-type": "image/png" });
      response.write(PNG.subarray(0, 16));
      response.end(Buffer.alloc(50_000));
    } else if (url.pathname.startsWith("/slow/")) {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        response.writeHead(200, { "content-type": "image/png" }).end(PNG);
      }, 40);
    } else if (url.pathname === "/stall") {
      // Answers nothing.
    } else {
      response.writeHead(404).end();
    }
  });
  port = await listen(media);
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await close(media);
  await close(internal);
});

beforeEach(() => {
  hits.length = 0;
  internalHits.length = 0;
});

/** Every file in the store under `imports/<taskId>/`. */
function storedFiles(taskId: string): string[] {
  const dir = path.join(storeRoot, "imports", taskId);
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** An export archive of one event whose media URLs are the given ones. */
function archive(urls: { logo?: string; cover?: string; photo1?: string; photo2?: string; slides?: string; video?: string; audio?: string; sponsor?: string }) {
  return renderJsonZip(
    exportData({
      event: exportEvent({ name: "Remote media", state: "draft", originalImageUrl: urls.cover ?? null, logoUrl: urls.logo ?? null }),
      speakers: [speaker(1, { name: "Ada", photoUrl: urls.photo1 ?? null }), speaker(2, { name: "Bob", photoUrl: urls.photo2 ?? null })],
      sessions: [session(1, { title: "Talk", speakers: [{ speakerId: 1 }], slidesUrl: urls.slides ?? null, videoUrl: urls.video ?? null, audioUrl: urls.audio ?? null })],
      sponsors: [{ id: 1, name: "Acme", description: null, url: null, level: 1, logoUrl: urls.sponsor ?? null, type: null, position: 0, deletedAt: null }],
    }),
  );
}

/** Runs `importArchive` as the job would, for a Task and ImportJob of its own. */
async function runImport(bytes: Uint8Array, options: { fetch?: RemoteFetchHooks; importJob?: boolean } = {}) {
  const user = await createUser();
  const task = await db.task.create({ data: { name: "test/import", payload: {}, userId: user.id, state: "STARTED" } });
  if (options.importJob !== false) await upsertImportJob(task.id, user.id);
  const progress: [string, number | undefined][] = [];
  const run = importArchive(bytes, {
    userId: user.id,
    taskId: task.id,
    limits: LIMITS,
    fetch: options.fetch,
    progress: async (text, percent) => {
      progress.push([text, percent]);
    },
  });
  return { taskId: task.id, userId: user.id, run, progress };
}

describe("importArchive downloads remote media", () => {
  it("stores what is media, keeps and reports every URL it refuses or cannot fetch", async () => {
    const { taskId, run, progress } = await runImport(
      await archive({
        logo: `${base}/photo.png`,
        // The same URL with blanks around it: downloaded once, both fields point at the copy.
        photo1: ` ${base}/photo.png `,
        slides: `${base}/slides`,
        cover: `${base}/fake.png`,
        photo2: `${base}/large.png`,
        video: `${base}/to-metadata`,
        audio: `${base}/to-internal`,
        sponsor: `${base}/missing.png`,
      }),
      { fetch: toMediaServer },
    );
    const result = await run;

    expect([...result.not_downloaded].sort((a, b) => a.url.localeCompare(b.url))).toEqual([
      { url: `${base}/fake.png`, reason: "not an image, document, video or audio file (checked by content)" },
      { url: `${base}/large.png`, reason: "larger than 10000 bytes" },
      { url: `${base}/missing.png`, reason: "HTTP 404" },
      { url: `${base}/to-internal`, reason: "refused: not a public address (127.0.0.1)" },
      { url: `${base}/to-metadata`, reason: "refused: not a public address (169.254.169.254)" },
    ]);
    expect(result.skipped).toEqual(["5 remote media URL(s) could not be downloaded; their links were kept as they are"]);
    expect(result.counts.media).toBe(2);
    // Each distinct URL is asked for once; the redirects' targets never are.
    expect([...hits].sort()).toEqual(["/fake.png", "/large.png", "/missing.png", "/photo.png", "/slides", "/to-internal", "/to-metadata"]);
    expect(internalHits).toEqual([]);

    const event = await db.event.findUniqueOrThrow({
      where: { id: result.id },
      include: { speakers: { orderBy: { name: "asc" } }, sessions: true, sponsors: true },
    });
    const [ada, bob] = event.speakers;
    const [talk] = event.sessions;
    const prefix = `/uploads/imports/${taskId}/`;
    expect(event.logoUrl).toMatch(new RegExp(`^${prefix}remote-\\d+-photo\\.png$`));
    expect(ada!.photoUrl).toBe(event.logoUrl);
    // A name without an extension gets the one of the type its bytes have.
    expect(talk!.slidesUrl).toMatch(new RegExp(`^${prefix}remote-\\d+-slides\\.pdf$`));
    // The image is stored as an upload stores it (encoded again), the PDF byte for byte.
    const storedPng = (await sanitizeFile(PNG, {}))!.bytes;
    expect(Buffer.from(storedPng).equals(PNG)).toBe(false);
    expect(Buffer.from((await readFileBytes(event.logoUrl!.slice("/uploads/".length)))!).equals(storedPng)).toBe(true);
    expect(Buffer.from((await readFileBytes(talk!.slidesUrl!.slice("/uploads/".length)))!).equals(PDF)).toBe(true);
    expect(storedFiles(taskId)).toEqual([event.logoUrl!.slice(prefix.length), talk!.slidesUrl!.slice(prefix.length)].sort());

    // Refused and failed ones keep the original value.
    expect({
      cover: event.originalImageUrl,
      bob: bob!.photoUrl,
      video: talk!.videoUrl,
      audio: talk!.audioUrl,
      sponsor: event.sponsors[0]!.logoUrl,
    }).toEqual({
      cover: `${base}/fake.png`,
      bob: `${base}/large.png`,
      video: `${base}/to-metadata`,
      audio: `${base}/to-internal`,
      sponsor: `${base}/missing.png`,
    });

    // The recorded job result says the same.
    const job = await db.importJob.findUniqueOrThrow({ where: { taskId } });
    expect((job.result as ImportResult).not_downloaded).toEqual(result.not_downloaded);
    const downloading = progress.filter(([text]) => text.startsWith("Downloading media"));
    expect(downloading[0]).toEqual(["Downloading media (0/7)", 25]);
    for (const [, percent] of downloading) expect(percent).toBeGreaterThanOrEqual(25);
    for (const [, percent] of downloading) expect(percent).toBeLessThanOrEqual(40);
  });

  it("stores a remote photo without its EXIF and GPS position, at its size; an image that does not decode is reported and its link kept", async () => {
    // The sample really carries what must go.
    const sent = await sharp(JPEG_WITH_GPS).metadata();
    expect(sent.exif?.toString("latin1")).toContain("gps-marker");
    expect(sent.exif?.toString("latin1")).toContain("secret-owner");

    const { taskId, run } = await runImport(await archive({ photo1: `${base}/holiday.jpg`, photo2: `${base}/broken.jpg` }), { fetch: toMediaServer });
    const result = await run;
    expect(result.not_downloaded).toEqual([{ url: `${base}/broken.jpg`, reason: "the image could not be decoded" }]);
    expect(result.skipped).toEqual(["1 remote media URL(s) could not be downloaded; their links were kept as they are"]);
    expect(result.counts.media).toBe(1);

    const [ada, bob] = await db.speaker.findMany({ where: { eventId: result.id }, orderBy: { name: "asc" } });
    expect(bob!.photoUrl).toBe(`${base}/broken.jpg`);
    const prefix = `/uploads/imports/${taskId}/`;
    expect(ada!.photoUrl).toMatch(new RegExp(`^${prefix}remote-\\d+-holiday\\.jpg$`));
    expect(storedFiles(taskId)).toEqual([ada!.photoUrl!.slice(prefix.length)]);
    const stored = Buffer.from((await readFileBytes(ada!.photoUrl!.slice("/uploads/".length)))!);
    const meta = await sharp(stored).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height, exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc }).toEqual({
      format: "jpeg",
      width: 64,
      height: 40,
      exif: undefined,
      xmp: undefined,
      iptc: undefined,
    });
    expect(stored.includes(Buffer.from("gps-marker"))).toBe(false);
    expect(stored.includes(Buffer.from("secret-owner"))).toBe(false);
    // Still the picture: it decodes whole, at its size, in its colour.
    const { data, info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([64, 40, 3]);
    expect(Math.abs(data[0]! - 0x29) + Math.abs(data[1]! - 0x80) + Math.abs(data[2]! - 0xb9)).toBeLessThan(12);
  });

  it("with the production policy, a name that resolves to 127.0.0.1 is refused before connecting", async () => {
    const url = `http://media.example.com:${port}/photo.png`;
    const toLoopback: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
    const { taskId, run } = await runImport(await archive({ photo1: url }), { fetch: { resolve: toLoopback } });
    const result = await run;
    expect(result.not_downloaded).toEqual([{ url, reason: "refused: not a public address (127.0.0.1)" }]);
    expect(hits).toEqual([]);
    const ada = await db.speaker.findFirstOrThrow({ where: { eventId: result.id, name: "Ada" } });
    expect(ada.photoUrl).toBe(url);
    expect(storedFiles(taskId)).toEqual([]);
  });

  it("deletes the downloaded files when the write fails afterwards", async () => {
    // Without its ImportJob row, the write's last statement (recording the result) fails and
    // the transaction rolls back, after every download has been stored.
    const { taskId, userId, run } = await runImport(await archive({ logo: `${base}/photo.png`, slides: `${base}/slides` }), { fetch: toMediaServer, importJob: false });
    await expect(run).rejects.toThrow();
    expect([...hits].sort()).toEqual(["/photo.png", "/slides"]);
    expect(storedFiles(taskId)).toEqual([]);
    expect(await db.event.count({ where: { creatorId: userId } })).toBe(0);
  });
});

describe("downloadRemoteMedia limits", () => {
  const prefix = "imports/limits-test";

  it("runs at most remoteFetchConcurrency downloads at once", async () => {
    maxInFlight = 0;
    const urls = Array.from({ length: 12 }, (_, i) => `${base}/slow/${i}.png`);
    const result = await downloadRemoteMedia(urls, { prefix, limits: { ...LIMITS, remoteFetchConcurrency: 3 }, fetch: toMediaServer });
    expect({ stored: result.urls.size, failures: result.failures, maxInFlight }).toEqual({ stored: 12, failures: [], maxInFlight: 3 });
    expect(result.urls.get(`${base}/slow/0.png`)).toBe(`/uploads/${prefix}/remote-1-0.png`);
  });

  it("tries at most maxRemoteDownloads URLs and reports the rest as not tried", async () => {
    const urls = [`${base}/photo.png`, `${base}/slides`];
    const result = await downloadRemoteMedia(urls, { prefix, limits: { ...LIMITS, maxRemoteDownloads: 1 }, fetch: toMediaServer });
    expect(result.failures).toEqual([{ url: `${base}/slides`, reason: "not tried: an import downloads at most 1 remote files" }]);
    expect(hits).toEqual(["/photo.png"]);
  });

  it("stops a download that outlives the time budget and does not start the rest", async () => {
    const limits = { ...LIMITS, remoteFetchConcurrency: 1, remoteDownloadBudgetMs: 300, remoteFetchTimeoutMs: 10_000 };
    const started = Date.now();
    const result = await downloadRemoteMedia([`${base}/stall`, `${base}/photo.png`], { prefix, limits, fetch: toMediaServer });
    const reason = "not finished within the 300 ms allowed for all downloads";
    expect(result.failures).toEqual([
      { url: `${base}/stall`, reason },
      { url: `${base}/photo.png`, reason },
    ]);
    expect(result.keys).toEqual([]);
    expect(hits).toEqual(["/stall"]);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("reports a download that outlives its own deadline as timed out", async () => {
    const limits = { ...LIMITS, remoteFetchTimeoutMs: 200 };
    const result = await downloadRemoteMedia([`${base}/stall`], { prefix, limits, fetch: toMediaServer });
    expect(result.failures).toEqual([{ url: `${base}/stall`, reason: "timed out after 200 ms" }]);
  });
});
