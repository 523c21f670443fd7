import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { createEventSubTopic, createEventTopic, createEventType, createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { sampleExportData } from "../export/__fixtures__/export-data";
import { renderJsonZip } from "../export/render-json-zip";
import { startImport } from "./start-import";
import { runTask, useTempFileStore } from "./testing";

/*
 * Event types, topics and sub-topics are platform rows that admins keep. An import links the
 * ones this site has — by slug when the file has one (our exports), else by name (legacy files)
 * — and lists the others as skipped; it never creates them. A track's font colour is derived
 * from its colour: only a file whose font colour says otherwise is told about it.
 */

let actor: NonNullable<Actor>;

beforeAll(async () => {
  useTempFileStore();
  const user = await createUser();
  actor = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
});

/** The renderer fixture's export with its `event` and `tracks` files edited. */
async function archive(edit: { event?: Record<string, unknown>; tracks?: (rows: Record<string, unknown>[]) => void }): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await renderJsonZip(sampleExportData()));
  const event = JSON.parse(await zip.file("event")!.async("string")) as Record<string, unknown>;
  zip.file("event", JSON.stringify({ ...event, state: "draft", ...edit.event }));
  const tracks = JSON.parse(await zip.file("tracks")!.async("string")) as Record<string, unknown>[];
  edit.tracks?.(tracks);
  zip.file("tracks", JSON.stringify(tracks));
  return zip.generateAsync({ type: "uint8array" });
}

async function importArchive(bytes: Uint8Array) {
  const { taskId } = await startImport(actor, { bytes, fileName: "event.zip" });
  const task = await runTask(taskId);
  expect(task.error).toBeNull();
  const result = task.result as { id: number; skipped: string[] };
  const event = await db.event.findUniqueOrThrow({
    where: { id: result.id },
    select: { eventType: { select: { slug: true } }, eventTopic: { select: { slug: true } }, eventSubTopic: { select: { slug: true } } },
  });
  // The fixture's remote media cannot be downloaded here; that is another test's subject.
  const skipped = result.skipped.filter((message) => /^(event|tracks)\b/.test(message));
  return { skipped, taxonomy: [event.eventType?.slug ?? null, event.eventTopic?.slug ?? null, event.eventSubTopic?.slug ?? null] };
}

const taxonomyCounts = async () => [await db.eventType.count(), await db.eventTopic.count(), await db.eventSubTopic.count()];

describe("event taxonomy on import", () => {
  it("links this site's rows by slug (a renamed row still matches) and by name when there is no slug", async () => {
    await createEventType({ name: "Conference (renamed)", slug: "conf-x" });
    const topic = await createEventTopic({ name: "Science", slug: "science-x" });
    await createEventSubTopic({ topic, name: "Robots", slug: "robots-x" });
    // A row named like the file's name but with another slug loses to the slug match.
    await createEventType({ name: "Conference", slug: "conference-elsewhere" });
    const before = await taxonomyCounts();

    const bySlug = await importArchive(
      await archive({ event: { type: "Conference", type_slug: "conf-x", topic: "Science", topic_slug: "science-x", sub_topic: "Robots", sub_topic_slug: "robots-x" } }),
    );
    expect(bySlug).toEqual({ skipped: [], taxonomy: ["conf-x", "science-x", "robots-x"] });

    const byName = await importArchive(await archive({ event: { type: "conference (RENAMED)", topic: "science", sub_topic: "ROBOTS" } }));
    expect(byName).toEqual({ skipped: [], taxonomy: ["conf-x", "science-x", "robots-x"] });
    expect(await taxonomyCounts()).toEqual(before);
  });

  it("lists a type, topic or sub-topic this site does not have and creates none", async () => {
    const before = await taxonomyCounts();
    const unknown = await importArchive(
      await archive({ event: { type: "Hackathon", type_slug: "hackathon-x", topic: "Gardening", topic_slug: "gardening-x", sub_topic: "Roses", sub_topic_slug: "roses-x" } }),
    );
    expect(unknown).toEqual({
      skipped: [
        'event: type "Hackathon" is not an event type of this site; left empty',
        'event: topic "Gardening" is not an event topic of this site; left empty',
        'event: sub-topic "Roses" left empty with its topic',
      ],
      taxonomy: [null, null, null],
    });
    expect(await taxonomyCounts()).toEqual(before);
  });
});

describe("track font colour on import", () => {
  it("is derived from the colour; only a file that says otherwise is told so", async () => {
    const derived = await importArchive(await archive({}));
    expect(derived.skipped).toEqual([]);
    const other = await importArchive(
      await archive({
        tracks: (rows) => {
          rows[1]!.font_color = "#00FF00";
        },
      }),
    );
    expect(other.skipped).toEqual(['tracks: item 2 (id 2): font colour #00FF00 — it is derived from the colour here (#ffffff)']);
  });
});
