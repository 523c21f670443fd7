import zlib from "node:zlib";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../prisma/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { sampleExportData } from "../export/__fixtures__/export-data";
import { renderJsonZip } from "../export/render-json-zip";
import { notificationJobName } from "../notifications/schemas";
import { IMPORT_LIMITS } from "./limits";
import { startImport } from "./start-import";
import { countAllTables, runTask, useTempFileStore } from "./testing";

/*
 * Issue #6: every bad archive ends the task in FAILURE with a message naming the file and the
 * item, and leaves every table as it was. The only rows a failed import adds are its own
 * bookkeeping: the ImportJob and Task rows that existed before it ran, updated in place, and
 * one Task that sends the `event_import_fail` notification.
 */

let actor: NonNullable<Actor>;
let storeRoot: string;

beforeAll(async () => {
  storeRoot = useTempFileStore().root;
  const user = await createUser();
  actor = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
});

interface RawEntry {
  name: string;
  data: Buffer;
  /** Declared uncompressed size (defaults to the real one): lets a test lie like a zip bomb does. */
  declaredSize?: number;
  /** Several entries may point at the same bytes (an overlapping zip bomb). */
  shareWith?: number;
}

/** A minimal ZIP writer for archives no well-behaved library would produce. */
function craftZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const name = Buffer.from(entry.name, "utf8");
    const compressed = zlib.deflateRawSync(entry.data);
    const crc = zlib.crc32(entry.data) >>> 0;
    const size = entry.declaredSize ?? entry.data.length;
    let localOffset = offset;
    if (entry.shareWith !== undefined) localOffset = offsets[entry.shareWith]!;
    else {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(0x800, 6);
      header.writeUInt16LE(8, 8);
      header.writeUInt32LE(crc, 14);
      header.writeUInt32LE(compressed.length, 18);
      header.writeUInt32LE(size, 22);
      header.writeUInt16LE(name.length, 26);
      locals.push(header, name, compressed);
      offset += 30 + name.length + compressed.length;
    }
    offsets[index] = localOffset;
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(localOffset, 42);
    centrals.push(central, name);
  });
  const centralBytes = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, centralBytes, end]));
}

const eventJson = JSON.stringify({ name: "Evil", timezone: "UTC", starts_at: "2030-01-01T09:00:00Z", ends_at: "2030-01-01T17:00:00Z" });

/** A valid export of the renderer fixture, with files replaced or edited. */
async function ownExport(edit: (files: Record<string, unknown>) => void | Record<string, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await renderJsonZip(sampleExportData()));
  const files: Record<string, unknown> = {};
  for (const name of Object.keys(zip.files)) files[name] = JSON.parse(await zip.file(name)!.async("string"));
  const raw = edit(files) ?? {};
  const out = new JSZip();
  for (const [name, value] of Object.entries(files)) out.file(name, raw[name] ?? JSON.stringify(value));
  for (const [name, value] of Object.entries(raw)) if (!(name in files)) out.file(name, value);
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

type Rows = Record<string, unknown>[];

async function expectFailure(bytes: Uint8Array, message: string | RegExp) {
  const { taskId } = await startImport(actor, { bytes, fileName: "bad.zip" });
  const before = await countAllTables();
  const task = await runTask(taskId);
  const after = await countAllTables();
  expect(task.state).toBe("FAILURE");
  if (typeof message === "string") expect(task.error).toBe(message);
  else expect(task.error).toMatch(message);
  expect(after).toEqual({ ...before, Task: before.Task! + 1 });
  const notification = await db.task.findFirstOrThrow({ where: { name: notificationJobName("event_import_fail"), userId: actor.id }, orderBy: { createdAt: "desc" } });
  expect(notification.payload).toEqual({ userId: actor.id, error: task.error });
  const job = await db.importJob.findUniqueOrThrow({ where: { taskId } });
  expect(job).toMatchObject({ eventId: null, resultStatus: "failure", result: { error: task.error } });
}

describe("bad archives", () => {
  it("a control archive of the same shape imports (so the failures below are the edits)", async () => {
    const { taskId } = await startImport(actor, { bytes: await ownExport(() => {}), fileName: "ok.zip" });
    expect((await runTask(taskId)).state).toBe("SUCCESS");
  });

  it("not a zip", async () => {
    await expectFailure(new TextEncoder().encode("<html>this is not a zip</html>"), "The file is not a ZIP archive");
  });

  it("an entry path escaping the folder (../evil)", async () => {
    await expectFailure(
      craftZip([{ name: "event", data: Buffer.from(eventJson) }, { name: "../evil", data: Buffer.from("x") }]),
      'Entry "../evil" escapes the archive folder; refusing the archive',
    );
  });

  it("an absolute entry path (/etc/x)", async () => {
    await expectFailure(
      craftZip([{ name: "event", data: Buffer.from(eventJson) }, { name: "/etc/x", data: Buffer.from("x") }]),
      'Entry "/etc/x" is absolute; refusing the archive',
    );
  });

  it("an entry path with backslashes or a drive letter", async () => {
    await expectFailure(craftZip([{ name: "..\\..\\evil", data: Buffer.from("x") }]), 'Entry "..\\..\\evil" uses backslashes; refusing the archive');
    await expectFailure(craftZip([{ name: "C:/evil", data: Buffer.from("x") }]), 'Entry "C:/evil" starts with a drive letter; refusing the archive');
  });

  it("too many entries", async () => {
    const entries = Array.from({ length: IMPORT_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `images/${i}.txt`, data: Buffer.from("") }));
    await expectFailure(
      craftZip([{ name: "event", data: Buffer.from(eventJson) }, ...entries]),
      `The archive has ${IMPORT_LIMITS.maxEntries + 2} entries; at most ${IMPORT_LIMITS.maxEntries} are allowed`,
    );
  });

  it("too many uncompressed bytes: a small overlapping zip bomb is refused from its directory", async () => {
    // 10 MB of zeros deflate to ~10 kB; 31 entries share those bytes: 310 MB declared, ~10 kB sent.
    const zeros = Buffer.alloc(10 * 1024 * 1024);
    const bomb = craftZip([
      { name: "event", data: Buffer.from(eventJson) },
      { name: "images/0.bin", data: zeros },
      ...Array.from({ length: 30 }, (_, i) => ({ name: `images/${i + 1}.bin`, data: zeros, shareWith: 1 })),
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    await expectFailure(
      bomb,
      `The archive would inflate to more than ${IMPORT_LIMITS.maxUncompressedBytes} bytes (a ZIP bomb?); refusing it before inflating`,
    );
  });

  it("too many uncompressed bytes: an entry that inflates beyond its declared size is stopped while inflating", async () => {
    await expectFailure(
      craftZip([{ name: "event", data: Buffer.alloc(50 * 1024 * 1024, 0x20), declaredSize: 1000 }]),
      'Entry "event" inflates to more than the 1000 bytes it declares (a ZIP bomb?)',
    );
  });

  it("missing event file", async () => {
    const zip = new JSZip();
    zip.file("sessions", "[]");
    await expectFailure(
      await zip.generateAsync({ type: "uint8array" }),
      'Missing file "event": this is not an Open Event export (neither "event" nor "meta" is in the archive)',
    );
    await expectFailure(
      await ownExport((files) => {
        delete files.event;
      }),
      'Missing file "event": every export has one',
    );
  });

  it("invalid JSON", async () => {
    await expectFailure(await ownExport(() => ({ sessions: "[{ not json" })), /^sessions: invalid JSON \(.+\)$/);
  });

  it("a value of the wrong type", async () => {
    await expectFailure(
      await ownExport((files) => {
        (files.sessions as Rows)[1]!.starts_at = "tomorrow at nine";
      }),
      'sessions: item 2 (id 2): "starts_at" must be a date-time with an offset',
    );
    await expectFailure(
      await ownExport((files) => {
        (files.speakers as Rows)[0]!.name = 42;
      }),
      'speakers: item 1 (id 1): "name" must be a string',
    );
    await expectFailure(
      await ownExport((files) => {
        (files.sessions as Rows)[0]!.speakers = [{ id: "one" }];
      }),
      'sessions: item 1 (id 1): "speakers"[1].id must be an id (a whole number)',
    );
  });

  it("a reference to a missing id", async () => {
    await expectFailure(
      await ownExport((files) => {
        (files.sessions as Rows)[0]!.track = { id: 999, name: "Nowhere" };
      }),
      "sessions: item 1 (id 1): track 999 is not in tracks",
    );
    await expectFailure(
      await ownExport((files) => {
        (files.sessions as Rows)[0]!.speakers = [{ id: 4242, name: "Ghost" }];
      }),
      "sessions: item 1 (id 1): speaker 4242 is not in speakers",
    );
  });

  it("a duplicate id", async () => {
    await expectFailure(
      await ownExport((files) => {
        const tracks = files.tracks as Rows;
        tracks.push({ ...tracks[0]!, name: "Copy" });
      }),
      /^tracks: item \d+ \(id 1\): duplicate id \(also item 1\)$/,
    );
    await expectFailure(
      await ownExport((files) => {
        const sessions = files.sessions as Rows;
        sessions.push({ ...sessions[0]! });
      }),
      /^sessions: item \d+ \(id 1\): duplicate id \(also item 1\)$/,
    );
  });

  it("a legacy duplicate id that names cannot tell apart", async () => {
    const zip = new JSZip();
    zip.file("event", JSON.stringify({ name: "Old", timezone: "UTC", "starts-at": "2017-01-01T09:00:00+00:00", "ends-at": "2017-01-01T17:00:00+00:00" }));
    zip.file("speakers", JSON.stringify([{ id: 7, name: "Ada" }, { id: 7, name: "Ada " }]));
    await expectFailure(await zip.generateAsync({ type: "uint8array" }), "speakers: item 2 (id 7): duplicate id (also item 1)");
  });

  it("a failure inside the transaction rolls back every row and deletes the media already stored", async () => {
    const fs = await import("node:fs");
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    const filesBefore = fs.readdirSync(storeRoot, { recursive: true }).length;
    await expectFailure(
      await ownExport((files) => {
        (files.event as Record<string, unknown>).logo_url = "/images/event/logo.png";
        // PostgreSQL refuses NUL in text: the last speaker fails after the event, rooms and media were written.
        const speakers = files.speakers as Rows;
        speakers[speakers.length - 1]!.name = "Nul\u0000Byte";
        return { "images/event/logo.png": png.toString("latin1") };
      }).then(async (bytes) => {
        // JSZip wrote the PNG as text; put the real bytes back.
        const zip = await JSZip.loadAsync(bytes);
        zip.file("images/event/logo.png", png);
        return zip.generateAsync({ type: "uint8array" });
      }),
      "The import could not be saved; nothing was imported",
    );
    // Only the (deleted) upload and media directories may remain, no files.
    const leftover = fs
      .readdirSync(storeRoot, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile());
    expect(leftover.filter((entry) => entry.parentPath.includes("imports"))).toEqual([]);
    void filesBefore;
  });
});
