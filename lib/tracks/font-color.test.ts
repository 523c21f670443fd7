import { describe, expect, it } from "vitest";
import { contrastRatio, fontColor, readableTextColor } from "./font-color";
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

describe("text on track colours in our pages", () => {
  it("reaches WCAG AA (4.5:1) on every colour, where the YIQ font-color does not", () => {
    const steps = Array.from({ length: 18 }, (_, index) => (index * 15).toString(16).padStart(2, "0"));
    let worst = 21;
    for (const r of steps) for (const g of steps) for (const b of steps) {
      const color = `#${r}${g}${b}`;
      worst = Math.min(worst, contrastRatio(color, readableTextColor(color)));
    }
    expect(worst).toBeGreaterThanOrEqual(4.5);
    // Tailwind's green-600, a track colour of the demo event: white text reads at 3.3:1 only.
    expect(fontColor("#16a34a")).toBe("#ffffff");
    expect(contrastRatio("#16a34a", "#ffffff")).toBeLessThan(4.5);
    expect(readableTextColor("#16a34a")).toBe("#000000");
    expect(contrastRatio("#16a34a", "#000000")).toBeGreaterThan(6);
    expect(["#ffffff", "#000000", "#1e3a8a", "#fde047", "#F00"].map(readableTextColor)).toEqual(["#000000", "#ffffff", "#ffffff", "#000000", "#000000"]);
  });

  it("computes contrast ratios as WCAG defines them", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});
