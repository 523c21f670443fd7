import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { LONG_TITLE, sampleExportData, SPECIAL_TITLE } from "./__fixtures__/export-data";
import { JSON_EXPORT_FILES, renderJsonZip } from "./render-json-zip";

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async <T>(name: string) => JSON.parse((await zip.file(name)!.async("string"))) as T;
  return { zip, read };
}

type Row = Record<string, unknown>;

describe("renderJsonZip", () => {
  const data = sampleExportData();

  it("writes one JSON file per resource plus meta, with session↔speaker links and Open Event field names", async () => {
    const { zip, read } = await open(await renderJsonZip(data));
    expect(Object.keys(zip.files).sort()).toEqual([...JSON_EXPORT_FILES].sort());
    expect(await read("meta")).toMatchObject({ format: "open-event-json-export", version: 1, event_identifier: "fosasia27" });
    const sessions = await read<Row[]>("sessions");
    // Every non-deleted session, any state (the backup), deleted speakers dropped from links.
    expect(sessions.map((row) => row.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]);
    expect(sessions[0]).toMatchObject({ starts_at: "2027-03-11T09:00:00+08:00", short_abstract: "<p>Abstract of session 1</p>", speakers: [{ id: 1, name: "Ada Lovelace" }, { id: 2, name: 'Grace "Amazing" Hopper; Jr., Ph.D.' }], track: { id: 1, name: "Open Source" }, comments: "private comment 1" });
    expect(sessions.find((row) => row.id === 3)?.speakers).toEqual([{ id: 3, name: "Linus 🐧 Tørvalds" }]);
    const speakers = await read<Row[]>("speakers");
    expect(speakers.find((row) => row.id === 2)).toMatchObject({ email: "grace@navy.example", mobile: "+1 555 0100", sessions: [{ id: 1, title: "Opening keynote" }, { id: 2, title: SPECIAL_TITLE }, { id: 12, title: "Withdrawn talk" }] });
    expect(speakers.map((row) => row.id)).toEqual([1, 2, 3]);
  });

  it("keeps special characters and long titles intact", async () => {
    const { read } = await open(await renderJsonZip(data));
    const sessions = await read<Row[]>("sessions");
    expect(sessions.find((row) => row.id === 2)?.title).toBe(SPECIAL_TITLE);
    expect(sessions.find((row) => row.id === 3)?.title).toBe(LONG_TITLE);
  });

  it("adds requested media through fetchMedia and points the entries at them", async () => {
    const fetched: string[] = [];
    const bytes = await renderJsonZip(data, {
      image: true,
      video: true,
      fetchMedia: async (url) => {
        fetched.push(url);
        return url.includes("cover") ? null : new TextEncoder().encode(`bytes of ${url}`);
      },
    });
    const { zip, read } = await open(bytes);
    expect(fetched.sort()).toEqual(["/uploads/event/cover.jpg", "/uploads/speakers/ada.jpg", "/uploads/sponsors/acme.png", "/uploads/videos/1.mp4", "https://cdn.example.org/logo.png"]);
    expect(await zip.file("images/speakers/1.jpg")?.async("string")).toBe("bytes of /uploads/speakers/ada.jpg");
    expect((await read<Row[]>("speakers"))[0]?.photo_url).toBe("/images/speakers/1.jpg");
    expect((await read<Row>("event")).logo_url).toBe("/images/event/logo.png");
    // Not fetchable: keeps its URL.
    expect((await read<Row>("event")).original_image_url).toBe("/uploads/event/cover.jpg");
    expect((await read<Row[]>("sessions"))[0]).toMatchObject({ video_url: "/videos/session_1.mp4", slides_url: "https://slides.example.org/1.pdf" });
    expect(zip.file("documents/session_1.pdf")).toBeNull();
  });

  it("is deterministic for the same input", async () => {
    expect(Buffer.from(await renderJsonZip(data)).equals(Buffer.from(await renderJsonZip(data)))).toBe(true);
  });
});
