import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TSX = path.resolve(process.cwd(), "node_modules/.bin/tsx");
const SCRIPT = path.join(import.meta.dirname, "__fixtures__/render-all.ts");

function hashesUnder(tz: string): Record<string, string> {
  const result = spawnSync(TSX, [SCRIPT], { env: { ...process.env, TZ: tz }, encoding: "utf8", timeout: 60_000 });
  if (result.status !== 0) throw new Error(`render-all under TZ=${tz} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, string>;
}

describe("process time zone", () => {
  it("does not change any renderer's output (TZ=UTC vs TZ=Asia/Tokyo, separate processes)", () => {
    const { tz: utcHour, ...utc } = hashesUnder("UTC");
    const { tz: tokyoHour, ...tokyo } = hashesUnder("Asia/Tokyo");
    // The children really ran in different zones.
    expect([utcHour, tokyoHour]).toEqual(["0", "9"]);
    expect(Object.keys(utc)).toHaveLength(14);
    expect(tokyo).toEqual(utc);
  });
});
