import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ICalDateTime, icalTimes } from "./ical-time";
import { MemoIanaZone } from "./timezone";

describe("ICalDateTime", () => {
  // Around Berlin's switch to summer time (2027-03-28 01:00 UTC), in winter and summer.
  const instants = ["2027-03-28T00:59:59Z", "2027-03-28T01:00:00Z", "2027-01-15T12:00:00Z", "2027-07-15T23:30:00Z", "2027-10-31T00:30:00Z", "2027-10-31T01:30:00Z"];

  it.each(["Europe/Berlin", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham"])("gives luxon's wall time and JSON in %s", (zone) => {
    const time = icalTimes(zone);
    for (const iso of instants) {
      const ms = Date.parse(iso);
      const luxon = DateTime.fromMillis(ms, { zone });
      const value = time(ms);
      expect(value.toFormat("yyyyLLdd")).toBe(luxon.toFormat("yyyyLLdd"));
      expect(value.toFormat("HHmmss")).toBe(luxon.toFormat("HHmmss"));
      expect(value.toFormat("yyyy-LL-dd'T'HH:mm:ssZZ")).toBe(luxon.toFormat("yyyy-LL-dd'T'HH:mm:ssZZ"));
      expect(value.toJSON()).toBe(luxon.toJSON());
      expect(value.toJSDate().getTime()).toBe(ms);
      expect(value.isValid).toBe(true);
    }
  });

  it("keeps itself for its own zone and converts to another one", () => {
    const ms = Date.parse("2027-07-15T23:30:00Z");
    const berlin = new ICalDateTime(ms, new MemoIanaZone("Europe/Berlin"));
    expect(berlin.setZone("Europe/Berlin")).toBe(berlin);
    expect(berlin.setZone()).toBe(berlin);
    const utc = berlin.setZone("utc");
    expect([utc.toFormat("yyyyLLdd"), utc.toFormat("HHmmss")]).toEqual(["20270715", "233000"]);
    expect(utc.setZone("UTC")).toBe(utc);
    const tokyo = berlin.setZone("Asia/Tokyo");
    expect([tokyo.toFormat("yyyyLLdd"), tokyo.toFormat("HHmmss")]).toEqual(["20270716", "083000"]);
  });

  it("makes one value per instant in a render", () => {
    const time = icalTimes(null);
    const ms = Date.parse("2027-03-08T07:00:00Z");
    expect(time(ms)).toBe(time(ms));
    expect(time(ms).toFormat("HHmmss")).toBe("070000");
    expect(time(ms).zone.type).toBe("fixed");
  });
});
