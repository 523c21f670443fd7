import { describe, expect, it } from "vitest";
import { isAppPage } from "./app-link";

describe("isAppPage", () => {
  it("takes pages of this site for the router, and API answers, downloads, files and other sites for the browser", () => {
    const pages = ["/events", "/events/7/sessions/3", "/e/ots2027?day=2027-03-11", "/notifications#top", "/"];
    const others = [
      "/v1/events/7/exports/0123456789abcdef0123456789abcdef-ical.ics",
      "/v1/tasks/1",
      "/api/health",
      "/uploads/2027/photo.jpg",
      "/images/events/open-tech-summit-2027.svg",
      "/sitemap.xml",
      "https://example.org/invites/abc",
      "//evil.example/events",
      "mailto:someone@example.org",
      "events",
    ];
    expect(pages.filter(isAppPage)).toEqual(pages);
    expect(others.filter(isAppPage)).toEqual([]);
  });
});
