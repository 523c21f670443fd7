import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { BRAND, ICO_SIZES, ICON_SVG, renderFaviconIco } from "./render-icons";

const appDir = path.resolve(import.meta.dirname, "../../app");

/** The images of an .ico file, read by its directory as a browser does. */
function readIco(bytes: Buffer): { width: number; height: number; bitCount: number; png: Buffer }[] {
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    return {
      width: bytes.readUInt8(entry) || 256,
      height: bytes.readUInt8(entry + 1) || 256,
      bitCount: bytes.readUInt16LE(entry + 6),
      png: bytes.subarray(offset, offset + length),
    };
  });
}

const pixels = async (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });

describe("site icons", () => {
  it("app/favicon.ico holds a 16, 32 and 48 px PNG of the mark, as rendered from the source", async () => {
    const checkedIn = readIco(fs.readFileSync(path.join(appDir, "favicon.ico")));
    const fresh = readIco(await renderFaviconIco());
    expect(checkedIn.map(({ width, height, bitCount }) => [width, height, bitCount])).toEqual(ICO_SIZES.map((size) => [size, size, 32]));
    for (const [index, image] of checkedIn.entries()) {
      const { data, info } = await pixels(image.png);
      expect([info.width, info.height, info.format]).toEqual([image.width, image.height, "raw"]);
      // Regenerate with `npx tsx scripts/icons/generate-icons.ts` when this differs.
      expect(data.equals((await pixels(fresh[index]!.png)).data)).toBe(true);
      // The middle of the top edge is the brand colour, opaque; the mark is white.
      const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4)];
      expect(at(Math.floor(info.width / 2), 1)).toEqual([0x29, 0x55, 0xd3, 255]);
      const light = Array.from({ length: info.width * info.height }, (_, i) => at(i % info.width, Math.floor(i / info.width))).filter((rgba) =>
        rgba.every((channel) => channel >= 200),
      ).length;
      expect(light).toBeGreaterThan((info.width * info.height) / 10);
    }
    expect(BRAND).toBe("#2955d3");
  });

  it("app/icon.svg is the mark's source", () => {
    expect(fs.readFileSync(path.join(appDir, "icon.svg"), "utf8")).toBe(ICON_SVG);
  });
});
