import { foldLines as libraryFold } from "ical-generator";
import { describe, expect, it } from "vitest";
import { foldLines } from "./fold";

describe("foldLines", () => {
  it("folds exactly as ical-generator does, for ASCII, accents, CJK, emoji and exact-length lines", () => {
    // No lone surrogates: text from the database is valid Unicode (PostgreSQL cannot store them).
    const pieces = ["a", "é", "日", "🎉", "x;y,z\\", " "];
    const lines: string[] = ["", "A".repeat(74), "A".repeat(75), "é".repeat(37), "é".repeat(38), "🎉".repeat(18), "🎉".repeat(19)];
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let n = 0; n < 400; n++) {
      let line = "DESCRIPTION:";
      const length = Math.floor(random() * 200);
      for (let i = 0; i < length; i++) line += pieces[Math.floor(random() * pieces.length)];
      lines.push(line);
    }
    const text = lines.join("\r\n");
    expect(foldLines(text)).toBe(libraryFold(text));
  });

  it("leaves short lines alone and returns the same text when nothing is long", () => {
    const text = "BEGIN:VEVENT\r\nSUMMARY:Short\r\nEND:VEVENT\r\n";
    expect(foldLines(text)).toBe(text);
  });
});
