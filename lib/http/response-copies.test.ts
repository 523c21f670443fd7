import { describe, expect, it } from "vitest";
import { coalesced } from "./response-copies";

describe("coalesced loads", () => {
  it("run one call per key at a time; callers arriving meanwhile share the next call, started after they asked", async () => {
    const started: string[] = [];
    const releases: (() => void)[] = [];
    const load = coalesced(async (key: string) => {
      const n = started.push(key);
      await new Promise<void>((resolve) => releases.push(resolve));
      return `${key}#${n}`;
    });
    const first = load("a");
    const second = load("a");
    const third = load("a");
    const other = load("b");
    expect(started).toEqual(["a", "b"]);
    releases.shift()!();
    expect(await first).toBe("a#1");
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(["a", "b", "a"]);
    releases.splice(0, 1)[0]!(); // b
    releases.shift()!(); // the second call of a
    expect([await second, await third, await other]).toEqual(["a#3", "a#3", "b#2"]);
    const fourth = load("a");
    expect(started).toHaveLength(4);
    releases.shift()!();
    expect(await fourth).toBe("a#4");
  });

  it("forgets a failed call: the next caller starts afresh", async () => {
    let fail = true;
    const load = coalesced(async (key: string) => {
      if (fail) throw new Error("down");
      return key;
    });
    await expect(load("a")).rejects.toThrow("down");
    fail = false;
    expect(await load("a")).toBe("a");
  });
});
