import { describe, expect, it } from "vitest";
import { detectFileType } from "../uploads/detect-type";
import { normaliseEntryPath } from "./zip-reader";

describe("normaliseEntryPath", () => {
  it.each([
    ["event", "event"],
    ["./images//speakers/a.jpg", "images/speakers/a.jpg"],
    ["images/../event", "event"],
    ["PyCon17/images/logo.png", "PyCon17/images/logo.png"],
  ])("keeps %j inside the archive as %j", (name, path) => {
    expect(normaliseEntryPath(name)).toEqual({ path });
  });

  it.each([
    ["../evil", "escapes the archive folder"],
    ["images/../../evil", "escapes the archive folder"],
    ["/etc/x", "is absolute"],
    ["C:/Windows/x", "starts with a drive letter"],
    ["c:evil", "starts with a drive letter"],
    ["images\\..\\..\\evil", "uses backslashes"],
    ["ev\u0000il", "contains control characters"],
    ["./", "is empty"],
  ])("refuses %j (%s)", (name, refused) => {
    expect(normaliseEntryPath(name)).toEqual({ refused });
  });
});

/** The media type the import's check (lib/uploads/sanitize-file.ts) reads from a file's bytes. */
const sniffContentType = async (bytes: Uint8Array) => (await detectFileType(bytes))?.mime ?? null;

describe("the media type check of imported files", () => {
  it("decides by content, not by name: HTML named .png is nothing we store", async () => {
    expect(await sniffContentType(Buffer.from("<html><script>alert(1)</script></html>"))).toBeNull();
    expect(await sniffContentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toBeNull();
    expect(await sniffContentType(Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"))).toBe("image/png");
    expect(await sniffContentType(Buffer.from("ffd8ffe000104a464946", "hex"))).toBe("image/jpeg");
    expect(await sniffContentType(Buffer.from("%PDF-1.7\n", "latin1"))).toBe("application/pdf");
  });
});
