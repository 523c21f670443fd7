import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths and replaces anything else with the fallback", () => {
    const inputs = ["/events/3?tab=sessions", "https://evil.example/", "//evil.example", "/\\evil.example", "events", undefined, 42];
    expect(inputs.map((input) => safeCallbackUrl(input))).toEqual([
      "/events/3?tab=sessions",
      "/events",
      "/events",
      "/events",
      "/events",
      "/events",
      "/events",
    ]);
    expect(safeCallbackUrl(null, "/")).toBe("/");
  });
});
