import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as serveUpload } from "@/app/uploads/[...key]/route";
import { signApiToken } from "@/lib/auth/api-token";
import { LocalFileStore, readFileBytes, setFileStore, UploadThingFileStore } from "@/lib/storage";
import { startFakeUploadThing, type FakeUploadThing } from "@/lib/testing/fakes/uploadthing";
import { UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { createUser } from "@/prisma/factories";
import { POST as postFiles } from "../upload/files/route";
import { POST as postImage } from "../upload/image/route";
import { lazyMultipartBody } from "@/lib/testing/lazy-multipart";

const noParams = { params: Promise.resolve({}) };
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const HTML = new TextEncoder().encode("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');

let token: string;
let root: string;
let jpegWithExif: Buffer;

function multipart(files: { field: string; bytes: Uint8Array; name: string; type?: string }[]) {
  const form = new FormData();
  for (const file of files) form.append(file.field, new Blob([file.bytes as BlobPart], { type: file.type ?? "application/octet-stream" }), file.name);
  return form;
}

function request(url: string, body: BodyInit | null, headers: Record<string, string> = {}, auth = true) {
  return new Request(`http://localhost${url}`, {
    method: "POST",
    headers: { ...(auth ? { authorization: `JWT ${token}` } : {}), ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

const lazyBody = (totalBytes: number) => lazyMultipartBody(totalBytes, { fileName: "big.pdf" });

async function serve(url: string) {
  expect(url).toMatch(/^\/uploads\//);
  const key = url.slice("/uploads/".length).split("/");
  return serveUpload(new Request(`http://localhost${url}`), { params: Promise.resolve({ key }) });
}

const errorOf = async (response: Response) => ((await response.json()) as { errors: Record<string, unknown>[] }).errors;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "oe-upload-"));
  setFileStore(new LocalFileStore(root));
  token = await signApiToken(await createUser());
  jpegWithExif = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#c0392b" } })
    .withExif({ IFD0: { Copyright: "secret-owner", Artist: "someone" } })
    .jpeg()
    .toBuffer();
});

afterAll(() => {
  setFileStore(undefined);
  fs.rmSync(root, { recursive: true, force: true });
});

describe("POST /v1/upload/files", () => {
  it("stores a PDF sent as `file` and answers {url}; the file is served with its type as a download", async () => {
    const response = await postFiles(request("/v1/upload/files", multipart([{ field: "file", bytes: PDF, name: "slides.pdf" }])), noParams);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { url: string };
    expect(Object.keys(body)).toEqual(["url"]);
    expect(body.url).toMatch(/^\/uploads\/files\/[0-9a-f-]{36}\/slides\.pdf$/);
    const served = await serve(body.url);
    expect(served.status).toBe(200);
    expect(Object.fromEntries(served.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="slides.pdf"',
      "x-content-type-options": "nosniff",
    });
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PDF);
  });

  it("stores several files sent as files[] and answers {url: [...]} in their order; the extension follows the content", async () => {
    const files = [
      { field: "files[]", bytes: PDF, name: "a.pdf" },
      { field: "files[]", bytes: new Uint8Array(jpegWithExif), name: "photo.bin" },
    ];
    const response = await postFiles(request("/v1/upload/files", multipart(files)), noParams);
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string[] };
    expect(url).toHaveLength(2);
    expect(url[0]).toMatch(/\/a\.pdf$/);
    expect(url[1]).toMatch(/\/photo\.jpg$/);
    expect(await readFileBytes(url[0]!.slice("/uploads/".length))).toEqual(PDF);
  });

  it("re-encodes images like /v1/upload/image: no EXIF or GPS remains, sent as `file` or in files[]", async () => {
    const photo = await sharp({ create: { width: 240, height: 160, channels: 3, background: "#2980b9" } })
      .withExif({
        IFD0: { Copyright: "secret-owner", Artist: "someone" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 26/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 39/1", GPSMapDatum: "WGS-84 gps-marker" },
      })
      .jpeg()
      .toBuffer();
    // The sample really carries what must go: the owner's name and a GPS position.
    const sent = await sharp(photo).metadata();
    expect(sent.exif?.toString("latin1")).toContain("gps-marker");
    expect(sent.exif?.toString("latin1")).toContain("secret-owner");

    const single = await postFiles(request("/v1/upload/files", multipart([{ field: "file", bytes: photo, name: "holiday.jpg" }])), noParams);
    expect(single.status).toBe(200);
    const { url: singleUrl } = (await single.json()) as { url: string };
    const several = await postFiles(
      request("/v1/upload/files", multipart([{ field: "files[]", bytes: PDF, name: "a.pdf" }, { field: "files[]", bytes: photo, name: "holiday.jpeg" }])),
      noParams,
    );
    expect(several.status).toBe(200);
    const { url: severalUrls } = (await several.json()) as { url: string[] };
    expect(await readFileBytes(severalUrls[0]!.slice("/uploads/".length))).toEqual(PDF);

    for (const url of [singleUrl, severalUrls[1]!]) {
      expect(url).toMatch(/^\/uploads\/files\/[0-9a-f-]{36}\/holiday\.jpg$/);
      const stored = Buffer.from((await readFileBytes(url.slice("/uploads/".length)))!);
      const meta = await sharp(stored).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height, exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc }).toEqual({
        format: "jpeg",
        width: 240,
        height: 160,
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
      });
      expect(stored.includes(Buffer.from("gps-marker"))).toBe(false);
      expect(stored.includes(Buffer.from("secret-owner"))).toBe(false);
      // Still a picture: it decodes whole, at its size.
      const { info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([240, 160]);
    }
  });

  it("refuses an image in files[] that does not decode (422 at its field) and stores nothing", async () => {
    const before = fs.readdirSync(root, { recursive: true }).length;
    const files = [
      { field: "files[]", bytes: PDF, name: "a.pdf" },
      { field: "files[]", bytes: new Uint8Array(jpegWithExif.subarray(0, 200)), name: "broken.jpg" },
    ];
    const response = await postFiles(request("/v1/upload/files", multipart(files)), noParams);
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toEqual([
      { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "The image could not be decoded", source: { parameter: "files[]" } },
    ]);
    expect(fs.readdirSync(root, { recursive: true }).length).toBe(before);
  });

  it("refuses a file named .png that is really HTML (422) and stores nothing", async () => {
    const before = fs.readdirSync(root, { recursive: true }).length;
    const response = await postFiles(request("/v1/upload/files", multipart([{ field: "file", bytes: HTML, name: "cat.png", type: "image/png" }])), noParams);
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toEqual([
      {
        status: "422",
        code: "UNPROCESSABLE",
        title: "Validation error",
        detail:
          "cat.png: not an allowed file type; send images (PNG, JPEG, GIF, WebP, AVIF), PDF and office documents, audio or video (checked by content, not by name)",
        source: { parameter: "file" },
      },
    ]);
    expect(fs.readdirSync(root, { recursive: true }).length).toBe(before);
  });

  it("answers 413 to a declared oversized body without reading any of it", async () => {
    const { stream, state, contentType } = lazyBody(UPLOAD_LIMITS.maxRequestBytes * 2);
    const headers = { "content-type": contentType, "content-length": String(UPLOAD_LIMITS.maxRequestBytes * 2) };
    const response = await postFiles(request("/v1/upload/files", stream, headers), noParams);
    expect(response.status).toBe(413);
    expect((await errorOf(response))[0]).toMatchObject({ code: "PAYLOAD_TOO_LARGE", source: { parameter: "file" } });
    expect(state.pulled).toBe(0);
  });

  it("stops reading a streamed file at the size limit (413) instead of reading it whole", async () => {
    const total = UPLOAD_LIMITS.maxFileBytes * 3;
    const { stream, state, contentType } = lazyBody(total);
    const response = await postFiles(request("/v1/upload/files", stream, { "content-type": contentType }), noParams);
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toEqual([
      { status: "413", code: "PAYLOAD_TOO_LARGE", title: "Payload too large", detail: "The file is larger than the limit of 50 MB", source: { parameter: "file" } },
    ]);
    expect(state.pulled).toBeLessThan(UPLOAD_LIMITS.maxFileBytes + 2 * 1024 * 1024);
  });

  it("answers an anonymous caller 401 without reading the upload", async () => {
    const { stream, state, contentType } = lazyBody(1024 * 1024);
    const response = await postFiles(request("/v1/upload/files", stream, { "content-type": contentType }, false), noParams);
    expect(response.status).toBe(401);
    expect((await errorOf(response))[0]).toMatchObject({ code: "UNAUTHORIZED", detail: "Sign in to upload files" });
    expect(state.pulled).toBe(0);
  });

  it("answers 415 to a body that is not multipart and 400 to an unknown query parameter", async () => {
    const json = await postFiles(request("/v1/upload/files", "{}", { "content-type": "application/json" }), noParams);
    expect(json.status).toBe(415);
    const unknown = await postFiles(request("/v1/upload/files?bucket=x", multipart([{ field: "file", bytes: PDF, name: "a.pdf" }])), noParams);
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown))[0]).toMatchObject({ source: { parameter: "bucket" } });
  });

  it("answers 400 to a multipart body without a boundary, for files and images alike", async () => {
    for (const [handler, url, parameter] of [[postFiles, "/v1/upload/files", "file"], [postImage, "/v1/upload/image", "file"]] as const) {
      const response = await handler(request(url, "--x\r\n", { "content-type": "multipart/form-data" }), noParams);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual([
        { status: "400", code: "BAD_REQUEST", title: "Bad request", detail: "The upload could not be read: Multipart: Boundary not found", source: { parameter } },
      ]);
    }
  });
});

describe("POST /v1/upload/image", () => {
  it("takes Open Event's JSON data URL, re-encodes the image and strips its metadata", async () => {
    const data = `data:image/jpeg;base64,${jpegWithExif.toString("base64")}`;
    expect((await sharp(jpegWithExif).metadata()).exif).toBeDefined();
    const response = await postImage(request("/v1/upload/image", JSON.stringify({ data }), { "content-type": "application/json" }), noParams);
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string };
    expect(url).toMatch(/^\/uploads\/images\/[0-9a-f-]{36}\/image\.jpg$/);
    const stored = Buffer.from((await readFileBytes(url.slice("/uploads/".length)))!);
    const meta = await sharp(stored).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["jpeg", 320, 200, undefined]);
    expect(stored.includes(Buffer.from("secret-owner"))).toBe(false);
    const served = await serve(url);
    expect(Object.fromEntries(served.headers)).toMatchObject({ "content-type": "image/jpeg", "content-disposition": 'inline; filename="image.jpg"' });
  });

  it("takes a multipart `file` and keeps PNG as PNG", async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: "#00000000" } }).png().toBuffer();
    const response = await postImage(request("/v1/upload/image", multipart([{ field: "file", bytes: png, name: "x.png" }])), noParams);
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string };
    expect(url).toMatch(/\/image\.png$/);
    expect((await sharp(Buffer.from((await readFileBytes(url.slice(9)))!)).metadata()).format).toBe("png");
  });

  it.each([
    ["HTML named .png", HTML],
    ["an SVG (it can carry script)", SVG],
    ["a PDF", PDF],
  ])("refuses %s with 422 at /data", async (_name, bytes) => {
    const data = `data:image/png;base64,${Buffer.from(bytes).toString("base64")}`;
    const response = await postImage(request("/v1/upload/image", JSON.stringify({ data }), { "content-type": "application/json" }), noParams);
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toEqual([
      {
        status: "422",
        code: "UNPROCESSABLE",
        title: "Validation error",
        detail: "The file is not a PNG, JPEG, GIF, WebP or AVIF image (checked by its content, not its name)",
        source: { pointer: "/data" },
      },
    ]);
  });

  it("refuses a truncated image that does not decode (422)", async () => {
    const broken = jpegWithExif.subarray(0, 200);
    const response = await postImage(request("/v1/upload/image", multipart([{ field: "file", bytes: broken, name: "a.jpg" }])), noParams);
    expect(response.status).toBe(422);
    expect((await errorOf(response))[0]).toMatchObject({ detail: "The image could not be decoded", source: { parameter: "file" } });
  });

  it("answers 422 at /data to a body without a data URL, and 400 to malformed JSON", async () => {
    const bad = await postImage(request("/v1/upload/image", JSON.stringify({ data: "https://example.com/a.png" }), { "content-type": "application/json" }), noParams);
    expect(bad.status).toBe(422);
    expect(await errorOf(bad)).toEqual([
      { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Must be a data URL (data:image/…;base64,…)", source: { pointer: "/data" } },
    ]);
    const malformed = await postImage(request("/v1/upload/image", "{", { "content-type": "application/json" }), noParams);
    expect(malformed.status).toBe(400);
  });

  it("answers 413 to an image over the limit, by its declared length, without reading it", async () => {
    const { stream, state } = lazyBody(UPLOAD_LIMITS.maxImageBytes * 2);
    const headers = { "content-type": "application/json", "content-length": String(UPLOAD_LIMITS.maxImageBytes * 2) };
    const response = await postImage(request("/v1/upload/image", stream, headers), noParams);
    expect(response.status).toBe(413);
    expect(state.pulled).toBe(0);
  });

  it("answers an anonymous caller 401", async () => {
    const response = await postImage(request("/v1/upload/image", JSON.stringify({ data: "" }), { "content-type": "application/json" }, false), noParams);
    expect(response.status).toBe(401);
  });
});

describe("UploadThing and force_local", () => {
  let fake: FakeUploadThing;
  beforeAll(async () => {
    fake = await startFakeUploadThing();
  });
  afterAll(async () => {
    setFileStore(new LocalFileStore(root));
    await fake.close();
  });

  it("stores on UploadThing when it is the configured store, and on local disk with ?force_local=true", async () => {
    setFileStore(new UploadThingFileStore(fake.options));
    const remote = await postFiles(request("/v1/upload/files", multipart([{ field: "file", bytes: PDF, name: "a.pdf" }])), noParams);
    expect(remote.status).toBe(200);
    const { url: remoteUrl } = (await remote.json()) as { url: string };
    expect(remoteUrl).not.toMatch(/^\/uploads\//);
    expect(fake.files.size).toBe(1);

    const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "oe-upload-local-"));
    process.env.UPLOAD_DIR = uploadDir;
    const { env } = await import("@/lib/env");
    const previous = env().UPLOAD_DIR;
    (env() as { UPLOAD_DIR: string }).UPLOAD_DIR = uploadDir;
    try {
      const local = await postFiles(request("/v1/upload/files?force_local=true", multipart([{ field: "file", bytes: PDF, name: "b.pdf" }])), noParams);
      expect(local.status).toBe(200);
      const { url } = (await local.json()) as { url: string };
      expect(url).toMatch(/^\/uploads\/files\/.+\/b\.pdf$/);
      expect(new Uint8Array(fs.readFileSync(path.join(uploadDir, ...url.slice(9).split("/"))))).toEqual(PDF);
      expect(fake.files.size).toBe(1);
    } finally {
      (env() as { UPLOAD_DIR: string }).UPLOAD_DIR = previous;
      fs.rmSync(uploadDir, { recursive: true, force: true });
    }
  });
});

describe("GET /uploads/<key>", () => {
  it("answers 404 for private folders (import archives, exports), unsafe keys and missing files", async () => {
    const store = new LocalFileStore(root);
    await store.putFile("import-uploads/x.zip", PDF, "application/zip");
    await store.putFile("exports/1/e.ics", PDF, "text/calendar");
    for (const key of [["import-uploads", "x.zip"], ["exports", "1", "e.ics"], ["images", "..", "exports", "1", "e.ics"], ["images", "missing.png"]]) {
      const response = await serveUpload(new Request("http://localhost/uploads/x"), { params: Promise.resolve({ key }) });
      expect(response.status).toBe(404);
    }
  });
});
