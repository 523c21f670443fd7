import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { parseWithPython, readInstants } from "./__fixtures__/checkers";
import { exportData, session, sessionType, utc } from "./__fixtures__/export-data";
import { renderFrabJson, renderFrabXml } from "./render-frab";
import { renderICal } from "./render-ical";
import { renderXCal } from "./render-xcal";
import { scheduledSlots } from "./schedule";

/**
 * The end of a session in every public schedule format (`scheduledSlots`): its stored end when
 * that is after its start; otherwise (no end, a zero-length or a reversed slot) the start plus
 * its session type's length, else plus 30 minutes.
 */
describe("session ends in the public schedule formats", () => {
  const start = utc("2027-03-11T02:00:00");
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  // [session, the end every format must give]
  const cases = [
    [session(1, { title: "Stored end", startsAt: start, endsAt: at(50), sessionTypeId: 1 }), at(50)],
    [session(2, { title: "Zero length, typed", startsAt: start, endsAt: start, sessionTypeId: 1 }), at(75)],
    [session(3, { title: "Ends before it starts, typed", startsAt: start, endsAt: at(-10), sessionTypeId: 1 }), at(75)],
    [session(4, { title: "No end, typed", startsAt: start, endsAt: null, sessionTypeId: 1 }), at(75)],
    [session(5, { title: "Zero length, no type", startsAt: start, endsAt: start }), at(30)],
    [session(6, { title: "Zero length, type without a usable length", startsAt: start, endsAt: start, sessionTypeId: 2 }), at(30)],
    [session(7, { title: "Zero length, deleted type", startsAt: start, endsAt: start, sessionTypeId: 3 }), at(30)],
  ] as const;
  const data = exportData({
    sessions: cases.map(([item]) => item),
    sessionTypes: [
      sessionType(1, { name: "Talk", length: "01:15" }),
      sessionType(2, { name: "Open", length: "00:00" }),
      { ...sessionType(3, { name: "Gone", length: "00:45" }), deletedAt: utc("2027-01-01T00:00:00") },
    ],
  });
  const iso = (date: Date) => date.toISOString().replace(/\.000Z$/, "Z");
  const expected = cases.map(([item, end]) => ({ uid: `${item.id}-fosasia27`, start: iso(start), end: iso(end) }));

  it("scheduledSlots resolves each end", () => {
    expect(scheduledSlots(data).map((slot) => ({ id: slot.session.id, end: new Date(slot.endMs) }))).toEqual(cases.map(([item, end]) => ({ id: item.id, end })));
  });

  it("iCal (Python's icalendar) and xCal give those ends", () => {
    const python = parseWithPython(renderICal(data)).events;
    expect(python.map((event) => ({ uid: event.uid, start: event.dtstart.utc_via_vtimezone, end: event.dtend.utc_via_vtimezone }))).toEqual(expected);
    const xcal = readInstants("xcal", renderXCal(data));
    expect(xcal.map((event) => ({ uid: event.uid, start: event.start.instant, end: event.end.instant }))).toEqual(expected);
  });

  it("frab JSON and XML give those ends and durations", () => {
    const durations = cases.map(([item, end]) => ({
      id: item.id,
      end: Date.parse(iso(end)),
      duration: `${String(Math.floor((end.getTime() - start.getTime()) / 3_600_000)).padStart(2, "0")}:${String(((end.getTime() - start.getTime()) / 60_000) % 60).padStart(2, "0")}`,
    }));
    const json = JSON.parse(renderFrabJson(data)) as { schedule: { conference: { days: { rooms: Record<string, { id: number; end: string; duration: string }[]> }[] } } };
    const events = json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
    expect(events.map((event) => ({ id: event.id, end: Date.parse(event.end), duration: event.duration }))).toEqual(durations);
    const xml = create(renderFrabXml(data)).root().node as unknown as Element;
    const xmlEvents = [...xml.getElementsByTagName("event")].map((event) => ({
      id: Number(event.getAttribute("id")),
      duration: event.getElementsByTagName("duration")[0]?.textContent,
    }));
    expect(xmlEvents).toEqual(durations.map(({ id, duration }) => ({ id, duration })));
  });
});
