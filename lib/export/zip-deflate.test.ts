import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { addDeflated } from "./zip-deflate";

describe("addDeflated", () => {
  it("gives jszip entries it writes with the DEFLATE method, read back as the same bytes", async () => {
    const text = `{"title": "Grüße 🚀"}\n`.repeat(2_000);
    const zip = new JSZip();
    addDeflated(zip, "text", Buffer.from(text), { date: new Date(Date.UTC(2027, 0, 1)) });
    addDeflated(zip, "empty", new Uint8Array());
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const read = await JSZip.loadAsync(bytes);
    expect(await read.file("text")!.async("string")).toBe(text);
    expect(await read.file("empty")!.async("string")).toBe("");
    // Local header of the first entry: method 8 (DEFLATE), then its compressed data inflates.
    const view = Buffer.from(bytes);
    expect(view.readUInt16LE(8)).toBe(8);
    const nameLength = view.readUInt16LE(26);
    const extraLength = view.readUInt16LE(28);
    const compressedSize = view.readUInt32LE(18);
    const start = 30 + nameLength + extraLength;
    expect(inflateRawSync(view.subarray(start, start + compressedSize)).toString("utf8")).toBe(text);
  });

  it("keeps a character outside the BMP that falls on jszip's 16 KiB chunk boundary", async () => {
    // jszip's own string path encodes 16 KiB pieces separately and split such a pair into two
    // U+FFFD.
    const text = "a".repeat(16 * 1024 - 1) + "🚀" + "b".repeat(10);
    const zip = new JSZip();
    addDeflated(zip, "text", Buffer.from(text));
    const read = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect(await read.file("text")!.async("string")).toBe(text);
  });
});
