import { describe, expect, it } from "vitest";
import { db } from "../db";
import { getImageVariants } from "./get-image-sizes";

describe("getImageVariants", () => {
  it("gives the storage layer the configured variants, largest first", async () => {
    expect(await getImageVariants("event")).toEqual([
      { name: "large", width: 1300, height: 500, quality: 80, keepAspect: true },
      { name: "thumbnail", width: 500, height: 200, quality: 80, keepAspect: true },
      { name: "icon", width: 75, height: 30, quality: 80, keepAspect: true },
    ]);
    await getImageVariants("speaker"); // creates the unseeded row
    await db.imageSizes.update({ where: { type: "speaker" }, data: { smallWidth: 64, smallAspect: false } });
    expect(await getImageVariants("speaker")).toEqual([
      { name: "thumbnail", width: 100, height: 100, quality: 80, keepAspect: true },
      { name: "small", width: 64, height: 50, quality: 80, keepAspect: false },
      { name: "icon", width: 35, height: 35, quality: 80, keepAspect: true },
    ]);
  });

  it("falls back to the defaults for a half-filled row", async () => {
    await db.imageSizes.update({ where: { type: "speaker" }, data: { smallWidth: null, smallQuality: null } });
    expect((await getImageVariants("speaker"))[1]).toEqual({ name: "small", width: 50, height: 50, quality: 80, keepAspect: false });
  });
});
