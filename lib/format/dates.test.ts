import { describe, expect, it } from "vitest";
import { formatEventRange, formatZone, fromZoneWallTime, toZoneWallTime } from "./dates";

describe("event wall times", () => {
  it("reads a wall time in the event's zone, not the process zone", () => {
    expect(fromZoneWallTime("2027-06-01T09:00", "Europe/Berlin")).toBe("2027-06-01T07:00:00.000Z");
    expect(fromZoneWallTime("2027-01-15T09:00", "Europe/Berlin")).toBe("2027-01-15T08:00:00.000Z");
    expect(fromZoneWallTime("2027-06-01T09:00", "Asia/Singapore")).toBe("2027-06-01T01:00:00.000Z");
  });

  it("rejects empty and malformed input", () => {
    expect(fromZoneWallTime("", "Europe/Berlin")).toBeNull();
    expect(fromZoneWallTime("tomorrow", "Europe/Berlin")).toBeNull();
    expect(fromZoneWallTime("2027-06-01T09:00", "Mars/Olympus")).toBeNull();
  });

  it("round-trips an instant through the zone's wall time", () => {
    const instant = new Date("2027-10-31T00:30:00Z");
    expect(toZoneWallTime(instant, "Europe/Berlin")).toBe("2027-10-31T02:30");
    expect(toZoneWallTime("2027-06-01T01:00:00.000Z", "Asia/Singapore")).toBe("2027-06-01T09:00");
    expect(fromZoneWallTime(toZoneWallTime(instant, "America/New_York"), "America/New_York")).toBe(instant.toISOString());
  });
});

describe("display", () => {
  it("shows a one-day range with the times in the event's zone", () => {
    expect(formatEventRange(new Date("2027-06-01T07:00:00Z"), new Date("2027-06-01T15:00:00Z"), "Europe/Berlin")).toBe(
      "Tue, 1 Jun 2027, 09:00 – 17:00",
    );
  });

  it("shows both days of a multi-day range", () => {
    expect(formatEventRange("2027-06-01T01:00:00Z", "2027-06-03T10:00:00Z", "Asia/Singapore")).toBe(
      "Tue, 1 Jun 2027, 09:00 – Thu, 3 Jun 2027, 18:00",
    );
  });

  it("names the zone with its offset at that time", () => {
    expect(formatZone("Europe/Berlin", "2027-06-01T07:00:00Z")).toBe("Europe/Berlin (GMT+2)");
    expect(formatZone("Europe/Berlin", "2027-01-01T07:00:00Z")).toBe("Europe/Berlin (GMT+1)");
    expect(formatZone("Asia/Kolkata", "2027-01-01T07:00:00Z")).toBe("Asia/Kolkata (GMT+5:30)");
    expect(formatZone("UTC", "2027-01-01T07:00:00Z")).toBe("UTC (UTC)");
  });
});
