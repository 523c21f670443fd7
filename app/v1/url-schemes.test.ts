import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import { LocalFileStore, readFileBytes, setFileStore } from "@/lib/storage";
import { createEvent, createEventTopic, createSession, createSocialLink, createSpeaker, createSponsor, createUser } from "@/prisma/factories";
import { PATCH as patchTopic } from "./event-topics/[id]/route";
import { PATCH as patchEvent } from "./events/[id]/route";
import { GET as getSession, PATCH as patchSession } from "./sessions/[id]/route";
import { PATCH as patchSocialLink } from "./social-links/[id]/route";
import { PATCH as patchSpeaker } from "./speakers/[id]/route";
import { PATCH as patchSponsor } from "./sponsors/[id]/route";
import { POST as postFiles } from "./upload/files/route";

/*
 * Every URL attribute of the API takes http(s) only (attributes that take uploaded files, images
 * and a session's slides, video and audio, also a path on this site): a
 * `javascript:`, `data:` or `vbscript:` value would be handed by the API to every client that
 * puts it into an `href` or `src`. Each attribute is sent each value and must answer 422 at its
 * pointer, leaving the row as it was. The import checks archives with the same schemas
 * (lib/content/fields.ts; see lib/import/url-schemes.test.ts).
 */

const MEDIA_TYPE = "application/vnd.api+json";
const BAD_URLS = [
  "javascript:alert(document.cookie)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
];
/** Paths that browsers read as another host. */
const OTHER_HOST_PATHS = ["//evil.example/a.png", "/\\evil.example/a.png"];

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

let admin: string;
let owner: string;
let storeRoot: string;
let ids: { event: number; session: number; speaker: number; sponsor: number; socialLink: number; topic: number };

beforeAll(async () => {
  storeRoot = fs.mkdtempSync(path.join(os.tmpdir(), "oe-url-schemes-"));
  setFileStore(new LocalFileStore(storeRoot));
  const adminUser = await createUser({ isAdmin: true });
  const ownerUser = await createUser();
  admin = await signApiToken(adminUser);
  owner = await signApiToken(ownerUser);
  const event = await createEvent({ owner: ownerUser, logoUrl: "https://example.org/logo.png", externalEventUrl: "https://example.org" });
  const speaker = await createSpeaker({ event, name: "Ada", website: "https://ada.example" });
  const session = await createSession({ event, title: "Talk", slidesUrl: "https://example.org/slides.pdf", speakers: [speaker] });
  const sponsor = await createSponsor({ event, name: "Acme", url: "https://acme.example" });
  const socialLink = await createSocialLink({ event, name: "Site", link: "https://example.org" });
  const topic = await createEventTopic();
  ids = { event: event.id, session: session.id, speaker: speaker.id, sponsor: sponsor.id, socialLink: socialLink.id, topic: topic.id };
});

afterAll(() => {
  setFileStore(undefined);
  fs.rmSync(storeRoot, { recursive: true, force: true });
});

interface Case {
  type: string;
  handler: Handler;
  id: () => number;
  token: () => string;
  /** The row as stored, to show that a refused request changed nothing. */
  row: () => Promise<unknown>;
  links: string[];
  /** Attributes that take uploaded files: an http(s) URL or a path on this site. */
  files: string[];
}

const CASES: Case[] = [
  {
    type: "event",
    handler: patchEvent as Handler,
    id: () => ids.event,
    token: () => owner,
    row: () => db.event.findUniqueOrThrow({ where: { id: ids.event } }),
    links: ["external-event-url", "ticket-url"],
    files: ["original-image-url", "logo-url"],
  },
  {
    type: "session",
    handler: patchSession as Handler,
    id: () => ids.session,
    token: () => owner,
    row: () => db.session.findUniqueOrThrow({ where: { id: ids.session } }),
    links: ["signup-url"],
    files: ["slides-url", "video-url", "audio-url"],
  },
  {
    type: "speaker",
    handler: patchSpeaker as Handler,
    id: () => ids.speaker,
    token: () => owner,
    row: () => db.speaker.findUniqueOrThrow({ where: { id: ids.speaker } }),
    links: ["website", "twitter", "github", "linkedin", "facebook"],
    files: ["photo-url"],
  },
  {
    type: "sponsor",
    handler: patchSponsor as Handler,
    id: () => ids.sponsor,
    token: () => owner,
    row: () => db.sponsor.findUniqueOrThrow({ where: { id: ids.sponsor } }),
    links: ["url"],
    files: ["logo-url"],
  },
  {
    type: "social-link",
    handler: patchSocialLink as Handler,
    id: () => ids.socialLink,
    token: () => owner,
    row: () => db.socialLink.findUniqueOrThrow({ where: { id: ids.socialLink } }),
    links: ["link"],
    files: [],
  },
  {
    type: "event-topic",
    handler: patchTopic as Handler,
    id: () => ids.topic,
    token: () => admin,
    row: () => db.eventTopic.findUniqueOrThrow({ where: { id: ids.topic } }),
    links: [],
    files: ["system-image-url"],
  },
];

async function patch(item: Case, attribute: string, value: string) {
  const id = String(item.id());
  const request = new Request(`http://localhost/v1/x/${id}`, {
    method: "PATCH",
    headers: { "content-type": MEDIA_TYPE, authorization: `JWT ${item.token()}` },
    body: JSON.stringify({ data: { type: item.type, id, attributes: { [attribute]: value } } }),
  });
  const response = await item.handler(request, { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as { errors?: { status: string; code: string; detail: string; source?: unknown }[] } };
}

describe("URL attributes refuse other schemes with 422 at their pointer", () => {
  it.each(CASES.map((item) => [item.type, item]))("%s", async (_type, item) => {
    const before = await item.row();
    const attempts = [
      ...[...item.links, ...item.files].flatMap((attribute) => BAD_URLS.map((value) => ({ attribute, value }))),
      ...[...item.links, ...item.files].flatMap((attribute) => OTHER_HOST_PATHS.map((value) => ({ attribute, value }))),
    ];
    expect(attempts.length).toBeGreaterThan(0);
    for (const { attribute, value } of attempts) {
      const { status, body } = await patch(item, attribute, value);
      const pointer = `/data/attributes/${attribute}`;
      const detail = item.files.includes(attribute) ? "Must be an http(s) URL or a path on this site" : "Must be an http(s) URL";
      expect({ attribute, value, status, errors: body.errors?.map((error) => [error.status, error.code, error.detail, error.source]) }).toEqual({
        attribute,
        value,
        status: 422,
        errors: [["422", "UNPROCESSABLE", detail, { pointer }]],
      });
    }
    expect(await item.row()).toEqual(before);
  });

  it("still take http(s) URLs, and paths on this site where an image is expected", async () => {
    const item = CASES.find((entry) => entry.type === "speaker")!;
    expect((await patch(item, "website", "https://ada.example/about")).status).toBe(200);
    expect((await patch(item, "photo-url", "/uploads/images/a.png")).status).toBe(200);
    expect(await db.speaker.findUniqueOrThrow({ where: { id: ids.speaker }, select: { website: true, photoUrl: true } })).toEqual({
      website: "https://ada.example/about",
      photoUrl: "/uploads/images/a.png",
    });
  });
});

describe("a session's slides, video and audio", () => {
  const PDF = new TextEncoder().encode("%PDF-1.4\n% slides of a talk\n%%EOF\n");
  const MP4 = Buffer.from("000000206674797069736f6d0000020069736f6d69736f32617663316d703431", "hex");
  const MP3 = Buffer.concat([Buffer.from("fffb9064", "hex"), Buffer.alloc(413)]);

  /** `POST /v1/upload/files` with the local store, as a client does before saving the session. */
  async function upload(bytes: Uint8Array, name: string): Promise<string> {
    const form = new FormData();
    form.append("file", new Blob([bytes as BlobPart]), name);
    const request = new Request("http://localhost/v1/upload/files", { method: "POST", headers: { authorization: `JWT ${owner}` }, body: form });
    const response = await postFiles(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    return ((await response.json()) as { url: string }).url;
  }

  it("take the URLs /v1/upload/files answered: 200, stored, and read back as sent", async () => {
    const urls = {
      "slides-url": await upload(PDF, "talk.pdf"),
      "video-url": await upload(MP4, "recording.mp4"),
      "audio-url": await upload(MP3, "podcast.mp3"),
    };
    expect(Object.values(urls)).toEqual([
      expect.stringMatching(/^\/uploads\/files\/[0-9a-f-]{36}\/talk\.pdf$/),
      expect.stringMatching(/^\/uploads\/files\/[0-9a-f-]{36}\/recording\.mp4$/),
      expect.stringMatching(/^\/uploads\/files\/[0-9a-f-]{36}\/podcast\.mp3$/),
    ]);
    const id = String(ids.session);
    const response = await patchSession(
      new Request(`http://localhost/v1/sessions/${id}`, {
        method: "PATCH",
        headers: { "content-type": MEDIA_TYPE, authorization: `JWT ${owner}` },
        body: JSON.stringify({ data: { type: "session", id, attributes: urls } }),
      }),
      { params: Promise.resolve({ id }) },
    );
    expect(response.status).toBe(200);
    const attributes = ((await response.json()) as { data: { attributes: Record<string, unknown> } }).data.attributes;
    expect({ "slides-url": attributes["slides-url"], "video-url": attributes["video-url"], "audio-url": attributes["audio-url"] }).toEqual(urls);
    expect(await db.session.findUniqueOrThrow({ where: { id: ids.session }, select: { slidesUrl: true, videoUrl: true, audioUrl: true } })).toEqual({
      slidesUrl: urls["slides-url"],
      videoUrl: urls["video-url"],
      audioUrl: urls["audio-url"],
    });
    const read = await getSession(new Request(`http://localhost/v1/sessions/${id}`, { headers: { authorization: `JWT ${owner}` } }), { params: Promise.resolve({ id }) });
    expect(((await read.json()) as { data: { attributes: Record<string, unknown> } }).data.attributes).toMatchObject(urls);
    // The paths name the uploaded files themselves.
    expect(await readFileBytes(urls["slides-url"].slice("/uploads/".length))).toEqual(PDF);
  });
});
