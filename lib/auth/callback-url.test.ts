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

describe("safeCallbackUrl against paths that normalise off-site", () => {
  it("resolves against the app's origin and refuses whatever leaves it, also after dot segments and encoded dots", () => {
    const origin = "http://localhost:3000";
    const inputs = [
      "/..//evil.example",
      "/\t/evil.example",
      "/.%2e//evil.example",
      "/%2e%2e//evil.example",
      "/a/../..//evil.example/",
      "http://localhost:3000//evil.example",
      "/\\/evil.example",
      "javascript:alert(1)",
      "http://localhost:3001/events",
    ];
    expect(inputs.map((input) => safeCallbackUrl(input, "/events", origin))).toEqual(inputs.map(() => "/events"));
  });

  it("refuses control characters instead of passing them on to a Location header", () => {
    const inputs = ["/events\n", "/events\r\nSet-Cookie: a=b", "/\n/evil.example", "/events\u0000", "/events\u007f", "/events\u0085"];
    expect(inputs.map((input) => safeCallbackUrl(input, "/events", "http://localhost:3000"))).toEqual(inputs.map(() => "/events"));
  });

  it("keeps same-origin targets as normalised paths", () => {
    const origin = "http://localhost:3000";
    expect(
      ["/events/3/../4?tab=sessions#top", "http://localhost:3000/invites/abc", "/e/summit/schedule?day=2", "/"].map((input) =>
        safeCallbackUrl(input, "/events", origin),
      ),
    ).toEqual(["/events/4?tab=sessions#top", "/invites/abc", "/e/summit/schedule?day=2", "/"]);
  });

  it("uses APP_URL as the origin by default", () => {
    expect(safeCallbackUrl("http://localhost:3000/account")).toBe("/account");
    expect(safeCallbackUrl("http://elsewhere.example/account")).toBe("/events");
  });
});
