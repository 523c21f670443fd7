import { describe, expect, it } from "vitest";
import { fontColor } from "./font-color";
import { colorSchema } from "./schemas";

describe("track colours", () => {
  it("derive black text on light colours and white on dark ones", () => {
    expect(["#ffffff", "#ffeb3b", "#3b82f6", "#000000", "#2563eb", "#22c55e"].map(fontColor)).toEqual([
      "#000000",
      "#000000",
      "#ffffff",
      "#ffffff",
      "#ffffff",
      "#000000",
    ]);
  });

  it("accept #rgb and #rrggbb, stored as lower-case #rrggbb", () => {
    expect(colorSchema.parse("#FA0")).toBe("#ffaa00");
    expect(colorSchema.parse("#1E90FF")).toBe("#1e90ff");
    for (const bad of ["red", "#12345", "1e90ff", "#ggg"]) expect(colorSchema.safeParse(bad).success, bad).toBe(false);
  });
});
