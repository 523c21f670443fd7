import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { updateSessionSchema } from "../sessions/schemas";
import { startImport } from "./start-import";
import { runTask, useTempFileStore } from "./testing";

/*
 * An archive may carry `javascript:`, `data:` or `vbscript:` URLs in any URL field. Stored, the
 * API would serve them to every client that puts them into an `href` or `src`. The import checks
 * every URL field with the API's URL schemas (lib/content/fields.ts): a refused value
 * is not stored (the field is left empty, a social link without its link is not imported) and
 * each one is listed in the task's `skipped`. The import itself succeeds. Both formats, ours
 * and Open Event's legacy one (dasherized keys, social links nested in the event), go through it.
 */

const JS = "javascript:alert(document.cookie)";
const JS_CASED = " JaVaScRiPt:alert(1)";
const DATA = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==";
const VB = "vbscript:msgbox(1)";
const OTHER_HOST = "/\\evil.example/a.png";
const BAD = /javascript:|data:|vbscript:|evil\.example/i;

let actor: NonNullable<Actor>;

beforeAll(async () => {
  useTempFileStore();
  const user = await createUser();
  actor = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
});

/** The data of the archive in snake_case; the legacy variant dasherizes it. */
function data() {
  return {
    event: {
      id: 1,
      name: "Scheme Conf",
      timezone: "UTC",
      starts_at: "2030-01-01T09:00:00Z",
      ends_at: "2030-01-02T17:00:00Z",
      state: "draft",
      original_image_url: JS,
      large_image_url: DATA,
      thumbnail_image_url: VB,
      icon_image_url: JS_CASED,
      logo_url: OTHER_HOST,
      external_event_url: JS,
      ticket_url: DATA,
    },
    social_links: [
      { id: 1, name: "Evil", link: JS, identifier: "evil" },
      { id: 2, name: "Website", link: "https://scheme.example", identifier: "website" },
      { id: 3, name: "Data", link: DATA, identifier: null },
    ],
    sponsors: [{ id: 1, name: "Acme", url: VB, logo_url: DATA, level: 1, type: "Gold", position: 0 }],
    speakers: [
      {
        id: 1,
        name: "Ada",
        photo_url: JS,
        thumbnail_image_url: DATA,
        small_image_url: VB,
        icon_image_url: OTHER_HOST,
        website: "https://ada.example",
        twitter: JS,
        github: DATA,
        linkedin: VB,
        facebook: JS_CASED,
      },
    ],
    sessions: [
      {
        id: 1,
        title: "Talk",
        state: "accepted",
        starts_at: "2030-01-01T10:00:00Z",
        ends_at: "2030-01-01T11:00:00Z",
        slides_url: JS,
        video_url: DATA,
        audio_url: VB,
        signup_url: JS_CASED,
        speakers: [{ id: 1, name: "Ada" }],
      },
    ],
  };
}

function dasherize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dasherize);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.replace(/_/g, "-"), dasherize(inner)]));
}

async function archive(format: "ours" | "legacy"): Promise<Uint8Array> {
  const files = data();
  const zip = new JSZip();
  if (format === "ours") {
    zip.file("meta", JSON.stringify({ format: "open-event-json-export", version: 1 }));
    for (const [name, value] of Object.entries(files)) zip.file(name, JSON.stringify(value));
  } else {
    // Legacy samples nest the social links in the event and have no meta file.
    const { social_links: socialLinks, ...rest } = files;
    zip.file("event", JSON.stringify(dasherize({ ...rest.event, social_links: socialLinks })));
    for (const name of ["sponsors", "speakers", "sessions"] as const) zip.file(name, JSON.stringify(dasherize(rest[name])));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** What the import must say about each refused value, in the archive's own field names. */
function expectedSkipped(format: "ours" | "legacy"): string[] {
  const field = (key: string) => `"${format === "legacy" ? key.replace(/_/g, "-") : key}"`;
  const link = (where: string, key: string, value: string) => `${where}: ${field(key)} ${JSON.stringify(value)} is not an http(s) URL; left empty`;
  const image = (where: string, key: string, value: string) =>
    `${where}: ${field(key)} ${JSON.stringify(value)} is not an http(s) URL or a path on this site; left empty`;
  const social = format === "legacy" ? "event.social-links" : "social_links";
  return [
    image("event", "original_image_url", JS),
    image("event", "large_image_url", DATA),
    image("event", "thumbnail_image_url", VB),
    image("event", "icon_image_url", JS_CASED),
    image("event", "logo_url", OTHER_HOST),
    link("event", "external_event_url", JS),
    link("event", "ticket_url", DATA),
    `${social}: item 1 (id 1): "link" ${JSON.stringify(JS)} is not an http(s) URL; the link was not imported`,
    `${social}: item 3 (id 3): "link" ${JSON.stringify(DATA)} is not an http(s) URL; the link was not imported`,
    link("sponsors: item 1 (id 1)", "url", VB),
    image("sponsors: item 1 (id 1)", "logo_url", DATA),
    image("speakers: item 1 (id 1)", "photo_url", JS),
    image("speakers: item 1 (id 1)", "thumbnail_image_url", DATA),
    image("speakers: item 1 (id 1)", "small_image_url", VB),
    image("speakers: item 1 (id 1)", "icon_image_url", OTHER_HOST),
    link("speakers: item 1 (id 1)", "twitter", JS),
    link("speakers: item 1 (id 1)", "github", DATA),
    link("speakers: item 1 (id 1)", "linkedin", VB),
    link("speakers: item 1 (id 1)", "facebook", JS_CASED),
    image("sessions: item 1 (id 1)", "slides_url", JS),
    image("sessions: item 1 (id 1)", "video_url", DATA),
    image("sessions: item 1 (id 1)", "audio_url", VB),
    link("sessions: item 1 (id 1)", "signup_url", JS_CASED),
  ].sort();
}

describe.each(["ours", "legacy"] as const)("an archive (%s format) with javascript:, data: and vbscript: URLs in every URL field", (format) => {
  it("imports, stores none of them and lists each one as skipped", async () => {
    const { taskId } = await startImport(actor, { bytes: await archive(format), fileName: "schemes.zip" });
    const task = await runTask(taskId);
    expect(task.error).toBeNull();
    expect(task.state).toBe("SUCCESS");
    const result = task.result as { id: number; skipped: string[]; counts: Record<string, number>; not_downloaded: unknown[] };
    expect([...result.skipped].sort()).toEqual(expectedSkipped(format));
    expect(result.not_downloaded).toEqual([]);
    expect(result.counts).toMatchObject({ sessions: 1, speakers: 1, sponsors: 1, social_links: 1, media: 0 });

    const eventId = result.id;
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    const rows = {
      event: [event],
      socialLinks: await db.socialLink.findMany({ where: { eventId } }),
      sponsors: await db.sponsor.findMany({ where: { eventId } }),
      speakers: await db.speaker.findMany({ where: { eventId } }),
      sessions: await db.session.findMany({ where: { eventId } }),
    };
    // Whole rows: no column of any imported row holds a refused value.
    for (const [table, list] of Object.entries(rows)) {
      for (const row of list) expect(JSON.stringify(row), table).not.toMatch(BAD);
    }
    const pick = <T extends Record<string, unknown>>(row: T, keys: (keyof T)[]) => Object.fromEntries(keys.map((key) => [key, row[key]]));
    expect(pick(event, ["name", "originalImageUrl", "largeImageUrl", "thumbnailImageUrl", "iconImageUrl", "logoUrl", "externalEventUrl", "ticketUrl"])).toEqual({
      name: "Scheme Conf",
      originalImageUrl: null,
      largeImageUrl: null,
      thumbnailImageUrl: null,
      iconImageUrl: null,
      logoUrl: null,
      externalEventUrl: null,
      ticketUrl: null,
    });
    expect(rows.socialLinks.map((row) => pick(row, ["name", "link", "identifier"]))).toEqual([{ name: "Website", link: "https://scheme.example", identifier: "website" }]);
    expect(rows.sponsors.map((row) => pick(row, ["name", "url", "logoUrl", "type"]))).toEqual([{ name: "Acme", url: null, logoUrl: null, type: "Gold" }]);
    expect(
      rows.speakers.map((row) =>
        pick(row, ["name", "photoUrl", "thumbnailImageUrl", "smallImageUrl", "iconImageUrl", "website", "twitter", "github", "linkedin", "facebook"]),
      ),
    ).toEqual([
      {
        name: "Ada",
        photoUrl: null,
        thumbnailImageUrl: null,
        smallImageUrl: null,
        iconImageUrl: null,
        website: "https://ada.example",
        twitter: null,
        github: null,
        linkedin: null,
        facebook: null,
      },
    ]);
    expect(rows.sessions.map((row) => pick(row, ["title", "state", "slidesUrl", "videoUrl", "audioUrl", "signupUrl"]))).toEqual([
      { title: "Talk", state: "accepted", slidesUrl: null, videoUrl: null, audioUrl: null, signupUrl: null },
    ]);
  });
});

describe("a session's slides, video and audio in an archive", () => {
  // Paths of this site, as /v1/upload/files answers them, and what browsers would read as another host.
  const VALUES: [value: string, kept: boolean][] = [
    ["/uploads/files/0b9f3f5e-8c1a-4e55-9d3c-2f1a7c5b6d10/talk.pdf", true],
    ["/uploads/imports/task/3-recording.mp4", true],
    ["//evil.example/a.pdf", false],
    [OTHER_HOST, false],
    [JS, false],
    [DATA, false],
    [VB, false],
  ];

  it("are kept or refused exactly as the session API's schema decides", async () => {
    // The API's own answer for each value, so that the import cannot drift from it.
    for (const [value, kept] of VALUES) {
      expect({ value, kept: updateSessionSchema.safeParse({ slidesUrl: value, videoUrl: value, audioUrl: value }).success }).toEqual({ value, kept });
    }
    const zip = new JSZip();
    zip.file("meta", JSON.stringify({ format: "open-event-json-export", version: 1 }));
    zip.file("event", JSON.stringify({ id: 1, name: "Media Conf", timezone: "UTC", starts_at: "2030-01-01T09:00:00Z", ends_at: "2030-01-02T17:00:00Z", state: "draft" }));
    zip.file(
      "sessions",
      JSON.stringify(VALUES.map(([value], index) => ({ id: index + 1, title: `Talk ${index + 1}`, state: "accepted", slides_url: value, video_url: value, audio_url: value }))),
    );
    const { taskId } = await startImport(actor, { bytes: await zip.generateAsync({ type: "uint8array" }), fileName: "media.zip" });
    const task = await runTask(taskId);
    expect(task.error).toBeNull();
    const result = task.result as { id: number; skipped: string[]; not_downloaded: unknown[] };
    expect(result.not_downloaded).toEqual([]);
    expect([...result.skipped].sort()).toEqual(
      VALUES.flatMap(([value, kept], index) =>
        kept
          ? []
          : ["slides_url", "video_url", "audio_url"].map(
              (key) => `sessions: item ${index + 1} (id ${index + 1}): "${key}" ${JSON.stringify(value)} is not an http(s) URL or a path on this site; left empty`,
            ),
      ).sort(),
    );
    const rows = await db.session.findMany({ where: { eventId: result.id }, orderBy: { id: "asc" }, select: { title: true, slidesUrl: true, videoUrl: true, audioUrl: true } });
    expect(rows).toEqual(
      VALUES.map(([value, kept], index) => {
        const stored = kept ? value : null;
        return { title: `Talk ${index + 1}`, slidesUrl: stored, videoUrl: stored, audioUrl: stored };
      }),
    );
  });
});
