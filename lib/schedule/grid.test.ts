import { describe, expect, it } from "vitest";
import { dayWindow, eventDays, lengthMinutes, slotSpan } from "./grid";

const zone = "Asia/Tokyo";
// 2031-03-05 09:00 to 2031-03-06 18:00 in Tokyo (UTC+9).
const event = { startsAt: new Date("2031-03-05T00:00:00Z"), endsAt: new Date("2031-03-06T09:00:00Z") };

describe("schedule grid", () => {
  it("lists the event's days in its own zone", () => {
    expect(eventDays(event.startsAt, event.endsAt, zone)).toEqual(["2031-03-05", "2031-03-06"]);
    // The same instants span three days in Los Angeles (16:00 on the 4th to 01:00 on the 6th).
    expect(eventDays(event.startsAt, event.endsAt, "America/Los_Angeles")).toEqual(["2031-03-04", "2031-03-05", "2031-03-06"]);
  });

  it("shows the event's part of each day, 08:00–20:00 unless sessions lie outside", () => {
    expect(dayWindow("2031-03-05", zone, event, [])).toEqual({
      startsAt: new Date("2031-03-05T00:00:00Z"),
      endsAt: new Date("2031-03-05T11:00:00Z"),
      slots: 44,
    });
    expect(dayWindow("2031-03-06", zone, event, [])).toEqual({
      startsAt: new Date("2031-03-05T23:00:00Z"),
      endsAt: new Date("2031-03-06T09:00:00Z"),
      slots: 40,
    });
    const late = { startsAt: new Date("2031-03-05T12:00:00Z"), endsAt: new Date("2031-03-05T13:10:00Z") };
    expect(dayWindow("2031-03-05", zone, event, [late]).endsAt).toEqual(new Date("2031-03-05T13:15:00Z"));
  });

  it("widens the window to sessions outside the event's hours, so each is drawn at its own time", () => {
    // 07:30–08:15 on the first day, before the event's 09:00 start (e.g. the event was moved later).
    const early = { startsAt: new Date("2031-03-04T22:30:00Z"), endsAt: new Date("2031-03-04T23:15:00Z") };
    const ten = { startsAt: new Date("2031-03-05T01:00:00Z"), endsAt: new Date("2031-03-05T01:45:00Z") };
    const first = dayWindow("2031-03-05", zone, event, [ten, early]);
    expect(first).toEqual({ startsAt: new Date("2031-03-04T22:30:00Z"), endsAt: new Date("2031-03-05T11:00:00Z"), slots: 50 });
    expect(slotSpan(first, early.startsAt, early.endsAt)).toEqual({ first: 0, last: 3 });
    // 10:00 is ten rows (2 h 30 min) below 07:30, not rows 4–7 as on an axis from 09:00.
    expect(slotSpan(first, ten.startsAt, ten.endsAt)).toEqual({ first: 10, last: 13 });

    // 18:30–19:40 on the last day, after the event's 18:00 end: the window reaches 19:45.
    const late = { startsAt: new Date("2031-03-06T09:30:00Z"), endsAt: new Date("2031-03-06T10:40:00Z") };
    const last = dayWindow("2031-03-06", zone, event, [late]);
    expect(last).toEqual({ startsAt: new Date("2031-03-05T23:00:00Z"), endsAt: new Date("2031-03-06T10:45:00Z"), slots: 47 });
    expect(slotSpan(last, late.startsAt, late.endsAt)).toEqual({ first: 42, last: 47 });

    // Only the calendar day bounds it: a session running past midnight ends the window at 24:00.
    const overnight = { startsAt: new Date("2031-03-05T14:00:00Z"), endsAt: new Date("2031-03-05T16:00:00Z") };
    expect(dayWindow("2031-03-05", zone, event, [overnight]).endsAt).toEqual(new Date("2031-03-05T15:00:00Z"));
  });

  it("places a session on 15-minute rows", () => {
    const window = dayWindow("2031-03-05", zone, event, []);
    expect(slotSpan(window, new Date("2031-03-05T01:00:00Z"), new Date("2031-03-05T01:45:00Z"))).toEqual({ first: 4, last: 7 });
    expect(slotSpan(window, new Date("2031-03-05T01:05:00Z"), new Date("2031-03-05T01:10:00Z"))).toEqual({ first: 4, last: 5 });
  });

  it("reads session type lengths", () => {
    expect(lengthMinutes("00:45")).toBe(45);
    expect(lengthMinutes("1:30")).toBe(90);
    expect(lengthMinutes("00:00")).toBeNull();
    expect(lengthMinutes("01:75")).toBeNull();
    expect(lengthMinutes(null)).toBeNull();
  });
});
