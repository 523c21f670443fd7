import { describe, expect, it } from "vitest";
import { createEventSchema, updateEventSchema } from "./schemas";

const valid = { name: "Summit", startsAt: "2027-03-11T01:00:00Z", endsAt: "2027-03-12T10:00:00Z" };

describe("event schemas", () => {
  it("apply the declared defaults before validation", () => {
    expect(createEventSchema.parse(valid)).toMatchObject({
      timezone: "UTC",
      online: false,
      privacy: "public",
      state: "draft",
      isSessionsSpeakersEnabled: true,
      isSponsorsEnabled: false,
    });
  });

  it("accept images served by this site and http(s) URLs, but not protocol-relative or other schemes", () => {
    const image = (originalImageUrl: string) => updateEventSchema.safeParse({ originalImageUrl });
    expect(image("/images/events/open-tech-summit-2027.svg").success).toBe(true);
    expect(image("https://cdn.example.org/a.png").success).toBe(true);
    expect(image("").data).toEqual({ originalImageUrl: null });
    for (const bad of ["//evil.example/a.png", "javascript:alert(1)", "ftp://x/a.png", "images/a.png"]) {
      const result = image(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["originalImageUrl"]);
    }
  });

  it("reject an end before the start and unknown time zones, naming the field", () => {
    const ends = createEventSchema.safeParse({ ...valid, endsAt: "2027-03-10T00:00:00Z" });
    expect(ends.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[["endsAt"], "Must be after the start"]]);
    const zone = createEventSchema.safeParse({ ...valid, timezone: "Mars/Olympus" });
    expect(zone.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[["timezone"], "Unknown time zone"]]);
  });
});
