import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import { parseWithPython, readCsvWithPython, SYSTEM_PYTHON } from "@/lib/export/__fixtures__/checkers";
import { exportDownloadLink } from "@/lib/export-jobs/download-link";
import { exportJob } from "@/lib/export-jobs/job";
import { JobRunner } from "@/lib/jobs/runner";
import { runTask } from "@/lib/testing/jobs/run-task";
import { notificationJobs } from "@/lib/notifications/jobs";
import { LocalFileStore, setFileStore } from "@/lib/storage";
import { loadPublicSchedule } from "@/lib/public/load-public-pages";
import { addRole, createSession, createUser } from "@/prisma/factories";
import { seed } from "@/prisma/seed";
import { GET as getTask } from "@/app/v1/tasks/[id]/route";
import { GET as sessionFeed } from "@/app/v1/sessions/[id]/calendar.ics/route";
import { GET as speakerFeed } from "@/app/v1/speakers/[id]/calendar.ics/route";
import { GET as eventFeed } from "../calendar.ics/route";
import { GET as download } from "../exports/[file]/route";
import { GET as listJobs } from "../export-jobs/route";
import { GET as frabJson } from "./frab-json/route";
import { GET as ical } from "./ical/route";
import { POST as json } from "./json/route";
import { GET as pentabarf } from "./pentabarf/route";
import { POST as sessionsCsv } from "./sessions/csv/route";
import { POST as speakersCsv } from "./speakers/csv/route";
import { GET as xcal } from "./xcal/route";

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

const silent = { warn: () => {}, error: () => {} };
let root: string;
let eventId: number;
const auth: Record<string, string> = {};
const users: Record<string, { id: number; email: string }> = {};

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "oe-exports-"));
  setFileStore(new LocalFileStore(root));
  await seed();
  const event = await db.event.findUniqueOrThrow({ where: { identifier: "ots2027" } });
  eventId = event.id;
  const named = async (key: string, email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    users[key] = user;
    auth[key] = `JWT ${await signApiToken(user)}`;
  };
  await named("organizer", "organizer@example.com");
  await named("admin", "admin@example.com");
  for (const role of ["coorganizer", "moderator", "track_organizer"] as const) {
    const user = await createUser({ email: `${role}@export.test` });
    await addRole(user, event, role);
    await named(role, user.email);
  }
  await named("stranger", (await createUser({ email: "stranger@export.test" })).email);
});

afterAll(async () => {
  setFileStore(undefined);
  await rm(root, { recursive: true, force: true });
});

function call(handler: Handler, url: string, init: { auth?: string; method?: string; body?: unknown; id?: string } = {}) {
  const request = new Request(`http://localhost${url}`, {
    method: init.method ?? "GET",
    headers: { ...(init.auth ? { authorization: init.auth } : {}), ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
  return handler(request, { params: Promise.resolve({ id: init.id ?? "ots2027" }) });
}

const settle = (taskId: string) => runTask(taskId, [exportJob], 30_000);

const taskIdOf = (taskUrl: string) => taskUrl.replace("/v1/tasks/", "");

async function exportAndDownload(handler: Handler, url: string, init: { method?: string; body?: unknown; who?: string } = {}) {
  const token = auth[init.who ?? "organizer"]!;
  const started = await call(handler, url, { method: init.method, body: init.body, auth: token });
  expect(started.status).toBe(200);
  const { task_url } = (await started.json()) as { task_url: string };
  await settle(taskIdOf(task_url));
  const polled = await getTask(new Request(`http://localhost${task_url}`, { headers: { authorization: token } }), {
    params: Promise.resolve({ id: taskIdOf(task_url) }),
  });
  const status = (await polled.json()) as { state: string; progress: unknown; result: { download_url: string }; error?: unknown };
  expect({ state: status.state, progress: status.progress, error: status.error }).toEqual({ state: "SUCCESS", progress: { text: "Done", percent: 100 }, error: undefined });
  const downloadUrl = status.result.download_url;
  expect(downloadUrl).toMatch(new RegExp(`^http://localhost:3000/v1/events/${eventId}/exports/[0-9a-f]{32}-[a-z-]+\\.[a-z]+\\?expires=\\d+&signature=[A-Za-z0-9_-]{43}$`));
  const path = new URL(downloadUrl).pathname;
  const file = path.split("/").pop()!;
  const params = { params: Promise.resolve({ id: String(eventId), file }) };
  // The task's link, followed as a browser follows a plain link: no header at all.
  const response = await download(new Request(downloadUrl), params);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The path alone serves the same file to a token.
  const withToken = await download(new Request(`http://localhost${path}`, { headers: { authorization: token } }), params);
  expect([withToken.status, headers(withToken)]).toEqual([200, headers(response)]);
  expect(new Uint8Array(await withToken.arrayBuffer())).toEqual(bytes);
  return { response, taskId: taskIdOf(task_url), file, downloadUrl, bytes };
}

const headers = (response: Response) => ({
  type: response.headers.get("content-type"),
  disposition: response.headers.get("content-disposition"),
});
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("permissions of POST/GET /v1/events/{id}/export/*", () => {
  const notFound = { errors: [{ status: "404", code: "NOT_FOUND", title: "Not found", detail: "Event not found" }], jsonapi: { version: "1.1" } };

  test.each([
    ["anonymous", 401, undefined],
    ["stranger", 404, "stranger"],
    ["moderator", 404, "moderator"],
    ["track organizer", 404, "track_organizer"],
    ["co-organizer", 200, "coorganizer"],
    ["organizer (owner)", 200, "organizer"],
    ["admin", 200, "admin"],
  ])("%s → %i", async (_name, expected, who) => {
    for (const [handler, url, method] of [
      [ical, "/v1/events/ots2027/export/ical", "GET"],
      [json, "/v1/events/ots2027/export/json", "POST"],
      [sessionsCsv, "/v1/events/ots2027/export/sessions/csv", "POST"],
    ] as const) {
      const before = await db.exportJob.count();
      const response = await call(handler as Handler, url, { auth: who ? auth[who] : undefined, method, body: method === "POST" ? {} : undefined });
      const body = (await response.json()) as Record<string, unknown>;
      expect(response.status).toBe(expected);
      if (expected === 200) expect(body).toEqual({ task_url: expect.stringMatching(/^\/v1\/tasks\/[0-9a-f-]{36}$/) });
      if (expected === 404) expect(body).toEqual(notFound);
      if (expected === 401) expect(body.errors).toEqual([expect.objectContaining({ status: "401", code: "UNAUTHORIZED" })]);
      expect(await db.exportJob.count()).toBe(before + (expected === 200 ? 1 : 0));
    }
  });

  test("the JSON options are validated: unknown keys and non-booleans are 422 with a pointer; bad JSON 400", async () => {
    const bad = await call(json, "/v1/events/ots2027/export/json", { auth: auth.organizer, method: "POST", body: { image: "yes", videos: true } });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { errors: { source: unknown }[] };
    expect(body.errors.map((e) => e.source)).toEqual([{ pointer: "/image" }, { pointer: "" }]);
    const malformed = await call(json, "/v1/events/ots2027/export/json", { auth: auth.organizer, method: "POST", body: "{" });
    expect(malformed.status).toBe(400);
  });

  test("the JSON options are read from the body once, without copying the request", async () => {
    const request = new Request("http://localhost/v1/events/ots2027/export/json", {
      method: "POST",
      headers: { authorization: auth.organizer!, "content-type": "application/json" },
      body: JSON.stringify({ image: true }),
    });
    const clone = vi.spyOn(request, "clone");
    const text = vi.spyOn(request, "text");
    const response = await json(request, { params: Promise.resolve({ id: "ots2027" }) });
    expect({ status: response.status, clones: clone.mock.calls.length, reads: text.mock.calls.length }).toEqual({ status: 200, clones: 0, reads: 1 });
    await settle(taskIdOf(((await response.json()) as { task_url: string }).task_url));
  });

  test("downloads are for co-organizers and up of that event only", async () => {
    const { file } = await exportAndDownload(ical, "/v1/events/ots2027/export/ical");
    const get = (who: string | undefined, id = "ots2027", name = file) =>
      download(new Request("http://localhost/x", { headers: who ? { authorization: auth[who]! } : {} }), { params: Promise.resolve({ id, file: name }) });
    expect((await get(undefined)).status).toBe(401);
    expect((await get("stranger")).status).toBe(404);
    expect((await get("moderator")).status).toBe(404);
    expect((await get("coorganizer")).status).toBe(200);
    expect((await get("admin")).status).toBe(200);
    expect((await get("organizer", "ots2027", "../../etc/passwd")).status).toBe(404);
    expect((await get("organizer", "ots2027", file.replace(/^./, file[0] === "a" ? "b" : "a"))).status).toBe(404);
    // Another event the organizer owns does not serve this event's file.
    const other = await db.event.create({ data: { identifier: "other-ev", name: "Other", startsAt: new Date(), endsAt: new Date(), roles: { create: { userId: users.organizer!.id, roleId: (await db.role.findUniqueOrThrow({ where: { name: "owner" } })).id } } } });
    expect((await get("organizer", String(other.id))).status).toBe(404);
  });
});

describe("the signed link of a task result (GET /v1/events/{id}/exports/{file}?expires=…&signature=…)", () => {
  const forbidden = {
    errors: [
      {
        status: "403",
        code: "FORBIDDEN",
        title: "Forbidden",
        detail: "This download link is invalid or has expired; export again for a new one",
        source: { parameter: "signature" },
      },
    ],
    jsonapi: { version: "1.1" },
  };

  /** Follows a link as a browser does: the route's parameters come from its path, no header is sent. */
  function follow(link: string) {
    const [, , , id, , file] = new URL(link).pathname.split("/");
    return download(new Request(link), { params: Promise.resolve({ id: decodeURIComponent(id!), file: decodeURIComponent(file!) }) });
  }

  async function expectRefused(link: string) {
    const response = await follow(link);
    expect({ link, status: response.status, type: response.headers.get("content-type"), body: await response.json() }).toEqual({
      link,
      status: 403,
      type: "application/vnd.api+json",
      body: forbidden,
    });
  }

  const withParam = (link: string, name: string, value: string) => {
    const url = new URL(link);
    url.searchParams.set(name, value);
    return url.toString();
  };

  test("answers the file to a request without any header, with the token path's headers", async () => {
    const { downloadUrl, bytes } = await exportAndDownload(ical, "/v1/events/ots2027/export/ical");
    const response = await follow(downloadUrl);
    expect({ status: response.status, ...headers(response), cache: response.headers.get("cache-control") }).toEqual({
      status: 200,
      type: "text/calendar; charset=utf-8",
      disposition: 'attachment; filename="ots2027-ical.ics"',
      cache: "private, no-store",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    expect(decode(bytes).startsWith("BEGIN:VCALENDAR")).toBe(true);
  });

  test("refuses a changed signature, file, event or expiry with 403 and no file", async () => {
    const { downloadUrl, file } = await exportAndDownload(ical, "/v1/events/ots2027/export/ical");
    const { file: otherFile } = await exportAndDownload(xcal, "/v1/events/ots2027/export/xcal");
    const signature = new URL(downloadUrl).searchParams.get("signature")!;
    const expires = Number(new URL(downloadUrl).searchParams.get("expires"));
    const flipped = `${signature.slice(0, 20)}${signature[20] === "A" ? "B" : "A"}${signature.slice(21)}`;
    const other = await db.event.create({ data: { identifier: "signed-other", name: "Other", startsAt: new Date(), endsAt: new Date() } });
    for (const link of [
      withParam(downloadUrl, "signature", flipped),
      withParam(downloadUrl, "signature", signature.slice(1)),
      withParam(downloadUrl, "signature", ""),
      withParam(downloadUrl, "expires", String(expires + 1)),
      withParam(downloadUrl, "expires", "soon"),
      downloadUrl.replace(/&signature=[^&]+/, ""),
      downloadUrl.replace(/expires=\d+&/, ""),
      downloadUrl.replace(file, otherFile),
      downloadUrl.replace(file, file.replace(/^./, file[0] === "a" ? "b" : "a")),
      downloadUrl.replace(file, "..%2F..%2Fetc%2Fpasswd"),
      downloadUrl.replace(`/events/${eventId}/`, `/events/${other.id}/`),
      downloadUrl.replace(`/events/${eventId}/`, "/events/ots2027/"),
    ]) {
      await expectRefused(link);
    }
    // A token does not rescue a bad link: the link is what was asked for.
    const tokenAndBadLink = await download(new Request(withParam(downloadUrl, "signature", flipped), { headers: { authorization: auth.organizer! } }), {
      params: Promise.resolve({ id: String(eventId), file }),
    });
    expect(tokenAndBadLink.status).toBe(403);
    expect((await follow(downloadUrl)).status).toBe(200);
  });

  test("lasts EXPORT_LINK_TTL_SECONDS (24 hours) from the end of the export, then answers 403", async () => {
    const { downloadUrl, file } = await exportAndDownload(ical, "/v1/events/ots2027/export/ical");
    const expires = Number(new URL(downloadUrl).searchParams.get("expires"));
    expect(Math.abs(expires - (Date.now() / 1000 + 24 * 60 * 60))).toBeLessThan(60);
    const day = 24 * 60 * 60 * 1000;
    const nearlyDayOld = await exportDownloadLink(eventId, file, users.organizer!.id, new Date(Date.now() - day + 60_000));
    expect((await follow(nearlyDayOld)).status).toBe(200);
    await expectRefused(await exportDownloadLink(eventId, file, users.organizer!.id, new Date(Date.now() - day - 1_000)));
  });

  test("acts for the exporting user: refused after their password changes, 404 once they may no longer export", async () => {
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    const user = await createUser({ email: "signed-coorganizer@export.test" });
    const role = await addRole(user, event, "coorganizer");
    auth.signer = `JWT ${await signApiToken(user)}`;
    const first = await exportAndDownload(ical, "/v1/events/ots2027/export/ical", { who: "signer" });
    const second = await exportAndDownload(ical, "/v1/events/ots2027/export/ical", { who: "signer" });

    await db.usersEventsRoles.delete({ where: { id: role.id } });
    const lost = await follow(first.downloadUrl);
    expect({ status: lost.status, body: await lost.json() }).toEqual({
      status: 404,
      body: { errors: [{ status: "404", code: "NOT_FOUND", title: "Not found", detail: "Event not found" }], jsonapi: { version: "1.1" } },
    });

    await addRole(user, event, "coorganizer");
    expect((await follow(second.downloadUrl)).status).toBe(200);
    // What a password change or reset does to every token and session of the user.
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await expectRefused(second.downloadUrl);
  });
});

describe("each format runs to SUCCESS and downloads with the right headers", () => {
  const speakerSecrets = async () => {
    const speakers = await db.speaker.findMany({ where: { eventId }, select: { email: true, mobile: true } });
    const secrets = speakers.flatMap((s) => [s.email, s.mobile]).filter((v): v is string => !!v);
    expect(secrets.length).toBeGreaterThan(10);
    return secrets;
  };
  // Folded lines (RFC 5545) could split a secret; unfold before searching.
  const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, "");

  test("iCal: parses with ical.js, has the event's sessions, and no speaker e-mail or mobile", async () => {
    const { response, bytes } = await exportAndDownload(ical, "/v1/events/ots2027/export/ical");
    expect(headers(response)).toEqual({ type: "text/calendar; charset=utf-8", disposition: 'attachment; filename="ots2027-ical.ics"' });
    const text = decode(bytes);
    expect(text.startsWith("BEGIN:VCALENDAR")).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent");
    const publicSessions = await db.session.count({ where: { eventId, deletedAt: null, state: { in: ["accepted", "confirmed"] }, startsAt: { not: null } } });
    expect(events.length).toBe(publicSessions);
    for (const secret of await speakerSecrets()) expect(unfold(text)).not.toContain(secret);
    expect(Number(response.headers.get("content-length"))).toBe(bytes.byteLength);
  });

  test.each([
    ["xCal", xcal, "xcal", "application/calendar+xml", "ots2027-xcal.xcs", "<?xml"],
    ["Pentabarf", pentabarf, "pentabarf", "application/xml", "ots2027-pentabarf.xml", "<?xml"],
    ["frab JSON", frabJson, "frab-json", "application/json", "ots2027-frab.json", "{"],
  ] as const)("%s: public, no private speaker fields", async (_name, handler, path, type, filename, start) => {
    const { response, bytes } = await exportAndDownload(handler, `/v1/events/ots2027/export/${path}`);
    expect(headers(response)).toEqual({ type, disposition: `attachment; filename="${filename}"` });
    const text = decode(bytes);
    expect(text.trimStart().startsWith(start)).toBe(true);
    if (start === "{") expect(JSON.parse(text)).toHaveProperty("schedule");
    for (const secret of await speakerSecrets()) expect(unfold(text)).not.toContain(secret);
  });

  test("JSON zip with images: jszip reads it; organizer data included; bundled images packed, remote ones noted", async () => {
    const { response, bytes } = await exportAndDownload(json, "/v1/events/ots2027/export/json", { method: "POST", body: { image: true } });
    expect(headers(response)).toEqual({ type: "application/zip", disposition: 'attachment; filename="ots2027-json.zip"' });
    const zip = await JSZip.loadAsync(bytes);
    const speakers = JSON.parse(await zip.file("speakers")!.async("string")) as { email: string | null }[];
    expect(speakers.some((s) => s.email?.includes("@"))).toBe(true);
    const meta = JSON.parse(await zip.file("meta")!.async("string")) as { media: unknown; skipped_media?: string[] };
    expect(meta.media).toEqual({ image: true, video: false, document: false, audio: false });
    const images = Object.keys(zip.files).filter((name) => name.startsWith("images/") && !zip.files[name]!.dir);
    expect(images.length).toBeGreaterThan(0);
    for (const url of meta.skipped_media ?? []) expect(url).not.toMatch(/^\/images\//);
  });

  test("JSON zip without a body: no media at all", async () => {
    const { bytes } = await exportAndDownload(json, "/v1/events/ots2027/export/json", { method: "POST" });
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((name) => /^(images|videos|documents|audio)\//.test(name))).toEqual([]);
    const meta = JSON.parse(await zip.file("meta")!.async("string")) as { media: unknown };
    expect(meta.media).toEqual({ image: false, video: false, document: false, audio: false });
  });

  test.each([
    ["sessions", sessionsCsv, "ots2027-sessions.csv"],
    ["speakers", speakersCsv, "ots2027-speakers.csv"],
  ] as const)("%s CSV", async (kind, handler, filename) => {
    const { response, bytes } = await exportAndDownload(handler, `/v1/events/ots2027/export/${kind}/csv`, { method: "POST", body: {} });
    expect(headers(response)).toEqual({ type: "text/csv; charset=utf-8", disposition: `attachment; filename="${filename}"` });
    const lines = decode(bytes).replace(/^\uFEFF/, "").split(/\r?\n/).filter(Boolean);
    const where = { eventId, deletedAt: null };
    const rows = kind === "sessions" ? await db.session.count({ where }) : await db.speaker.count({ where });
    expect(lines.length).toBeGreaterThan(rows);
    // Read as a spreadsheet or Python would: one record per row whatever line breaks the texts
    // (abstracts, biographies) hold, each with the header's cells.
    const ids = (kind === "sessions" ? await db.session.findMany({ where, select: { id: true } }) : await db.speaker.findMany({ where, select: { id: true } })).map((row) => String(row.id));
    for (const records of [parseCsv(decode(bytes), { bom: true }) as string[][], readCsvWithPython(decode(bytes))]) {
      expect(records).toHaveLength(rows + 1);
      expect(records.every((record) => record.length === records[0]!.length)).toBe(true);
      expect(records.slice(1).map((record) => record[0]).sort()).toEqual(ids.sort());
    }
  });
});

describe("a draft event", () => {
  const formats = [
    ["ical", ical, "/v1/events/ots2027/export/ical", "GET"],
    ["xcal", xcal, "/v1/events/ots2027/export/xcal", "GET"],
    ["pentabarf", pentabarf, "/v1/events/ots2027/export/pentabarf", "GET"],
    ["frab-json", frabJson, "/v1/events/ots2027/export/frab-json", "GET"],
    ["json", json, "/v1/events/ots2027/export/json", "POST"],
    ["sessions-csv", sessionsCsv, "/v1/events/ots2027/export/sessions/csv", "POST"],
    ["speakers-csv", speakersCsv, "/v1/events/ots2027/export/speakers/csv", "POST"],
  ] as const;

  /**
   * Every format's file as comparable text: the instant of the export (DTSTAMP, frab's version,
   * the zip's meta) and the event's state in the organizer's JSON backup set aside.
   */
  async function exportEveryFormat(): Promise<Record<string, string>> {
    const files: Record<string, string> = {};
    for (const [format, handler, url, method] of formats) {
      const { bytes } = await exportAndDownload(handler as Handler, url, method === "POST" ? { method, body: {} } : {});
      if (format === "json") {
        const zip = await JSZip.loadAsync(bytes);
        const entries = await Promise.all(
          Object.keys(zip.files).sort().map(async (name) => {
            const text = await zip.file(name)?.async("string");
            if (name === "meta") return [name, { ...JSON.parse(text!), exported_at: "(instant)" }];
            if (name === "event") return [name, { ...JSON.parse(text!), state: "(state)" }];
            return [name, text];
          }),
        );
        files[format] = JSON.stringify(entries);
      } else {
        files[format] = decode(bytes)
          .replace(/^DTSTAMP:\d{8}T\d{6}Z$/gm, "DTSTAMP:(instant)")
          .replace(/<dtstamp>\s*<date-time>[^<]*<\/date-time>/g, "<dtstamp>(instant)")
          .replace(/<version>[^<]*<\/version>/g, "<version>(instant)</version>")
          .replace(/"version": ?"[^"]*"/g, '"version":"(instant)"');
      }
    }
    return files;
  }

  test("its organizer exports it in every format, with the content it has once published", async () => {
    await db.event.update({ where: { id: eventId }, data: { state: "draft" } });
    let draft: Record<string, string>;
    try {
      draft = await exportEveryFormat();
    } finally {
      await db.event.update({ where: { id: eventId }, data: { state: "published" } });
    }
    const published = await exportEveryFormat();
    for (const [format] of formats) expect({ format, file: draft[format] }).toEqual({ format, file: published[format] });
    // Not empty: the iCal has a VEVENT per public scheduled session.
    const sessions = await db.session.count({ where: { eventId, deletedAt: null, state: { in: ["accepted", "confirmed"] }, startsAt: { not: null } } });
    expect(sessions).toBeGreaterThan(10);
    expect(draft.ical!.match(/^BEGIN:VEVENT$/gm)).toHaveLength(sessions);
  });

  test("its public feeds answer 404 to anyone, signed in or not; its exports 401 or 404 to those who may not export", async () => {
    const session = await db.session.findFirstOrThrow({ where: { eventId, deletedAt: null, state: "confirmed", startsAt: { not: null } }, include: { speakers: true } });
    const speakerId = session.speakers[0]!.speakerId;
    const feed = (handler: Handler, id: string, who?: string) =>
      handler(new Request(`http://localhost/feed/${id}.ics`, { headers: who ? { authorization: auth[who]! } : {} }), { params: Promise.resolve({ id }) });
    // Published: the feeds answer.
    expect((await feed(eventFeed as Handler, "ots2027")).status).toBe(200);
    await db.event.update({ where: { id: eventId }, data: { state: "draft" } });
    try {
      for (const who of [undefined, "stranger", "moderator", "organizer"]) {
        for (const [handler, id, resource] of [
          [eventFeed, "ots2027", "Event"],
          [sessionFeed, String(session.id), "Session"],
          [speakerFeed, String(speakerId), "Speaker"],
        ] as const) {
          const response = await feed(handler as Handler, id, who);
          expect({ who, resource, status: response.status, body: await response.json() }).toEqual({
            who,
            resource,
            status: 404,
            body: { errors: [{ status: "404", code: "NOT_FOUND", title: "Not found", detail: `${resource} not found` }], jsonapi: { version: "1.1" } },
          });
        }
      }
      const before = await db.exportJob.count();
      expect((await call(ical, "/v1/events/ots2027/export/ical")).status).toBe(401);
      expect((await call(ical, "/v1/events/ots2027/export/ical", { auth: auth.stranger })).status).toBe(404);
      expect((await call(ical, "/v1/events/ots2027/export/ical", { auth: auth.moderator })).status).toBe(404);
      expect(await db.exportJob.count()).toBe(before);
    } finally {
      await db.event.update({ where: { id: eventId }, data: { state: "published" } });
    }
  });
});

describe("a zero-length session", () => {
  test("ends after its session type's length in the iCal export and on the public schedule, as a missing end does", async () => {
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    const workshop = await db.sessionType.findFirstOrThrow({ where: { eventId, name: "Workshop" } });
    expect(workshop.length).toBe("01:30");
    const startsAt = new Date("2027-03-12T06:00:00Z");
    const zero = await createSession({ event, title: "Zero-length workshop", state: "confirmed", startsAt, endsAt: startsAt, sessionType: workshop });
    const open = await createSession({ event, title: "Open-ended workshop", state: "confirmed", startsAt, endsAt: null, sessionType: workshop });
    try {
      const ends = { [`${zero.id}-ots2027`]: "2027-03-12T07:30:00Z", [`${open.id}-ots2027`]: "2027-03-12T07:30:00Z" };
      const { bytes } = await exportAndDownload(ical, "/v1/events/ots2027/export/ical");
      const events = parseWithPython(decode(bytes)).events.filter((item) => item.uid in ends);
      expect(Object.fromEntries(events.map((item) => [item.uid, [item.dtstart.utc_via_vtimezone, item.dtend.utc_via_vtimezone]]))).toEqual({
        [`${zero.id}-ots2027`]: ["2027-03-12T06:00:00Z", ends[`${zero.id}-ots2027`]],
        [`${open.id}-ots2027`]: ["2027-03-12T06:00:00Z", ends[`${open.id}-ots2027`]],
      });
      const schedule = await loadPublicSchedule(eventId);
      const listed = schedule.sessions.filter((item) => item.id === zero.id || item.id === open.id);
      expect(listed.map((item) => [item.id, item.startsAt, item.endsAt])).toEqual([
        [zero.id, "2027-03-12T06:00:00.000Z", "2027-03-12T07:30:00.000Z"],
        [open.id, "2027-03-12T06:00:00.000Z", "2027-03-12T07:30:00.000Z"],
      ]);
    } finally {
      await db.session.deleteMany({ where: { id: { in: [zero.id, open.id] } } });
    }
  });
});

describe("ExportJob rows and the export list", () => {
  test("record who exported what, and list them newest first with download links", async () => {
    const { taskId, file } = await exportAndDownload(sessionsCsv, "/v1/events/ots2027/export/sessions/csv", { method: "POST", body: {} });
    const row = await db.exportJob.findUniqueOrThrow({ where: { taskId } });
    expect({ userId: row.userId, eventId: row.eventId, format: row.format, status: row.status, fileName: row.fileName }).toEqual({
      userId: users.organizer!.id,
      eventId,
      format: "sessions-csv",
      status: "done",
      fileName: file,
    });
    const listed = await call(listJobs, "/v1/events/ots2027/export-jobs", { auth: auth.coorganizer });
    const { data } = (await listed.json()) as { data: { taskId: string; format: string; status: string; user: unknown; downloadUrl: string | null }[] };
    expect(data[0]).toMatchObject({ taskId, format: "sessions-csv", status: "done", user: { id: users.organizer!.id, name: "Olivia Organizer" }, downloadUrl: `/v1/events/${eventId}/exports/${file}` });
    expect((await call(listJobs, "/v1/events/ots2027/export-jobs", { auth: auth.moderator })).status).toBe(404);
  });
});

describe("a failing export", () => {
  test("ends FAILURE with a message, marks the ExportJob failed and notifies event_export_fail", async () => {
    const started = await call(ical, "/v1/events/ots2027/export/ical", { auth: auth.organizer });
    const { task_url } = (await started.json()) as { task_url: string };
    // The event goes away between the request and the job: the loader finds nothing.
    await db.event.update({ where: { id: eventId }, data: { deletedAt: new Date() } });
    try {
      const task = await settle(taskIdOf(task_url));
      expect({ state: task.state, error: task.error, attempts: task.attempts }).toEqual({ state: "FAILURE", error: "Event not found", attempts: 1 });
      const row = await db.exportJob.findUniqueOrThrow({ where: { taskId: task.id } });
      expect({ status: row.status, fileName: row.fileName }).toEqual({ status: "failed", fileName: null });
      const notifications = await db.task.findMany({ where: { name: { startsWith: "notification/event-export" }, createdAt: { gte: task.createdAt } }, select: { name: true, payload: true } });
      expect(notifications).toEqual([{ name: "notification/event-export-fail", payload: { eventId, userId: users.organizer!.id, error: "Event not found" } }]);
    } finally {
      await db.event.update({ where: { id: eventId }, data: { deletedAt: null } });
    }
  });

  test("a successful export notifies event_exported with the download link", async () => {
    const { taskId, file } = await exportAndDownload(ical, "/v1/events/ots2027/export/ical");
    const task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    const notifications = await db.task.findMany({ where: { name: "notification/event-exported", createdAt: { gte: task.createdAt } }, select: { payload: true } });
    expect(notifications).toEqual([{ payload: { eventId, userId: users.organizer!.id, downloadUrl: `/v1/events/${eventId}/exports/${file}` } }]);
  });
});

/**
 * Runs every notification task the export jobs left PENDING (the export runner above does not
 * run them) the way lib/notifications/testing.ts does, until none is left.
 */
async function runNotifications() {
  const runner = new JobRunner({ jobs: notificationJobs, pollIntervalMs: 10, backoff: () => 10, logger: silent }).start();
  try {
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(10)) {
      const open = await db.task.count({ where: { name: { startsWith: "notification/" }, state: { in: ["PENDING", "STARTED"] } } });
      if (open === 0) return;
    }
    throw new Error("notification tasks did not finish");
  } finally {
    await runner.stop({ timeoutMs: 1_000 });
  }
}

/** Notification and Mail rows written after `since` (ids are sequential), for the exporting user. */
async function rowsAfter(since: { notification: number; mail: number }) {
  const [notifications, mails] = await Promise.all([
    db.notification.findMany({
      where: { id: { gt: since.notification } },
      orderBy: { id: "asc" },
      select: { userId: true, title: true, message: true, action: true, link: true, isRead: true },
    }),
    db.mail.findMany({
      where: { id: { gt: since.mail } },
      orderBy: { id: "asc" },
      select: { recipient: true, action: true, subject: true, status: true, text: true },
    }),
  ]);
  return { notifications, mails };
}

/** Runs what earlier tests left pending, then answers the newest ids so a test sees only its own rows. */
async function quietPoint() {
  await runNotifications();
  const [notification, mail] = await Promise.all([db.notification.aggregate({ _max: { id: true } }), db.mail.aggregate({ _max: { id: true } })]);
  return { notification: notification._max.id ?? 0, mail: mail._max.id ?? 0 };
}

describe("the export notifications, run to their rows", () => {
  test("a successful export tells the exporting user, in the app and by mail, with the download link", async () => {
    const since = await quietPoint();
    const { name } = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { name: true } });
    const { taskId, file } = await exportAndDownload(ical, "/v1/events/ots2027/export/ical");
    const downloadUrl = `/v1/events/${eventId}/exports/${file}`;
    const exportTask = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    const enqueued = await db.task.findFirstOrThrow({ where: { name: "notification/event-exported", createdAt: { gte: exportTask.createdAt } } });

    await runNotifications();

    const finished = await db.task.findUniqueOrThrow({ where: { id: enqueued.id } });
    expect({ state: finished.state, result: finished.result }).toEqual({
      state: "SUCCESS",
      result: { action: "event_exported", notifications: 1, mails: 1, sent: 0, recorded: 1, skipped: null },
    });
    expect(await rowsAfter(since)).toEqual({
      notifications: [
        {
          userId: users.organizer!.id,
          title: "Export ready",
          message: `The export of ${name} is ready to download.`,
          action: "event_exported",
          link: downloadUrl,
          isRead: false,
        },
      ],
      mails: [
        {
          recipient: users.organizer!.email,
          action: "event_exported",
          subject: `Export of ${name} ready`,
          status: "recorded",
          text: `Export of ${name} ready

Hello Olivia Organizer,

The export of ${name} is ready.

Download: http://localhost:3000${downloadUrl}

-- 
Sent by Open Event (http://localhost:3000).
`,
        },
      ],
    });
  });

  test("a failed export tells the exporting user why, in the app and by mail", async () => {
    const since = await quietPoint();
    const { name } = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { name: true } });
    // The store fails to take the file: an internal error, which the user sees only generically.
    const local = new LocalFileStore(root);
    setFileStore({
      kind: "local",
      putFile: () => Promise.reject(new Error("disk full")),
      readFile: (key) => local.readFile(key),
      deleteFile: (key) => local.deleteFile(key),
      fileExists: (key) => local.fileExists(key),
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const started = await call(ical, "/v1/events/ots2027/export/ical", { auth: auth.organizer });
      const { task_url } = (await started.json()) as { task_url: string };
      const task = await settle(taskIdOf(task_url));
      const message = "The export failed because of an internal error";
      expect({ state: task.state, error: task.error }).toEqual({ state: "FAILURE", error: message });
      expect(logged).toHaveBeenCalledWith(`[export] task ${task.id} failed`, expect.objectContaining({ message: "disk full" }));
      const enqueued = await db.task.findFirstOrThrow({ where: { name: "notification/event-export-fail", createdAt: { gte: task.createdAt } } });
      expect(enqueued.payload).toEqual({ eventId, userId: users.organizer!.id, error: message });

      await runNotifications();

      const finished = await db.task.findUniqueOrThrow({ where: { id: enqueued.id } });
      expect({ state: finished.state, result: finished.result }).toEqual({
        state: "SUCCESS",
        result: { action: "event_export_fail", notifications: 1, mails: 1, sent: 0, recorded: 1, skipped: null },
      });
      expect(await rowsAfter(since)).toEqual({
        notifications: [
          {
            userId: users.organizer!.id,
            title: "Export failed",
            message: `The export of ${name} failed: ${message}.`,
            action: "event_export_fail",
            link: `/events/${eventId}`,
            isRead: false,
          },
        ],
        mails: [
          {
            recipient: users.organizer!.email,
            action: "event_export_fail",
            subject: `Export of ${name} failed`,
            status: "recorded",
            text: `Export of ${name} failed

Hello Olivia Organizer,

The export of ${name} failed: ${message}.

Open the event: http://localhost:3000/events/${eventId}

-- 
Sent by Open Event (http://localhost:3000).
`,
          },
        ],
      });
    } finally {
      logged.mockRestore();
      setFileStore(new LocalFileStore(root));
    }
  });
});

describe("the iCal export against the database", () => {
  test("has one VEVENT per public scheduled session, each at the database's instants, read by python icalendar and ical.js", async () => {
    // Not a skip: scripts/test-all.sh installs python3-icalendar, and a missing checker must be seen.
    const probe = spawnSync(SYSTEM_PYTHON, ["-c", "import icalendar"], { encoding: "utf8" });
    if (probe.status !== 0) {
      throw new Error(`${SYSTEM_PYTHON} cannot import icalendar (install python3-icalendar, as scripts/test-all.sh does): ${probe.error?.message ?? probe.stderr}`);
    }
    const { bytes } = await exportAndDownload(ical, "/v1/events/ots2027/export/ical");
    const text = decode(bytes);

    const sessions = await db.session.findMany({
      where: { eventId, deletedAt: null, state: { in: ["accepted", "confirmed"] }, startsAt: { not: null } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true, startsAt: true, endsAt: true },
    });
    expect(sessions.length).toBeGreaterThan(10);
    // Document order is the renderer's: by start, then id.
    const expected = sessions.map((session) => ({ uid: `${session.id}-ots2027`, start: session.startsAt!.getTime(), end: session.endsAt?.getTime() ?? null }));

    const python = parseWithPython(text).events;
    expect(python.map((event) => ({ uid: event.uid, start: Date.parse(event.dtstart.utc), end: Date.parse(event.dtend.utc) }))).toEqual(expected);
    // The same instants when the local times are read through the file's own VTIMEZONE.
    expect(
      python.map((event) => ({ uid: event.uid, start: Date.parse(event.dtstart.utc_via_vtimezone ?? "missing"), end: Date.parse(event.dtend.utc_via_vtimezone ?? "missing") })),
    ).toEqual(expected);

    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
    const js = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(js.map((event) => ({ uid: event.uid, start: event.startDate.toJSDate().getTime(), end: event.endDate.toJSDate().getTime() }))).toEqual(expected);
  });
});
