import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PublicSessionItem } from "@/lib/public/load-public-pages";
import { layoutGrid, ScheduleGrid } from "./schedule-grid";

const item = (id: number, room: string | null, start: string, end: string): PublicSessionItem => ({
  id,
  title: `Session ${id}`,
  subtitle: null,
  startsAt: `2027-03-11T${start}:00.000Z`,
  endsAt: `2027-03-11T${end}:00.000Z`,
  day: "2027-03-11",
  room,
  track: null,
  type: null,
  language: null,
  level: null,
  speakers: [],
  searchText: "",
});

describe("public schedule grid", () => {
  it("puts rooms across in the organizers' order and spans each session over the rows of its length", () => {
    const sessions = [item(1, "Hall", "01:00", "02:00"), item(2, "Lab", "01:00", "01:30"), item(3, "Lab", "01:30", "02:00"), item(4, null, "02:00", "02:30"), item(5, "Lab", "01:15", "01:45")];
    const { bounds, rooms, cells } = layoutGrid(sessions, ["Hall", "Unused", "Lab"]);
    expect(bounds.map((value) => new Date(value).toISOString().slice(11, 16))).toEqual(["01:00", "01:15", "01:30", "01:45", "02:00", "02:30"]);
    expect(rooms).toEqual(["Hall", "Lab", "Room to be announced"]);
    const shape = (room: string) => cells.get(room)?.map((cell) => ({ ids: cell.sessions.map((s) => s.id), row: cell.row, span: cell.span }));
    expect(shape("Hall")).toEqual([{ ids: [1], row: 0, span: 4 }]);
    // Overlapping sessions of one room share one cell, which spans them both.
    expect(shape("Lab")).toEqual([{ ids: [2, 5, 3], row: 0, span: 4 }]);
    expect(shape("Room to be announced")).toEqual([{ ids: [4], row: 4, span: 1 }]);
  });

  it("renders a table with column and row headers, row spans and keyboard positions", () => {
    const html = renderToStaticMarkup(
      <ScheduleGrid identifier="ev" timezone="Asia/Singapore" day="2027-03-11" sessions={[item(1, "Hall", "01:00", "02:00"), item(2, "Lab", "01:30", "02:00")]} rooms={["Hall", "Lab"]} marks={{ now: [1], next: [2] }} />,
    );
    expect(html).toContain('<caption class="sr-only">Sessions on Thu 11 Mar: rooms across, time down. Arrow keys move between sessions.</caption>');
    expect(html.match(/<th scope="col"[^>]*>([^<]*)<\/th>/g)?.map((th) => th.replace(/<[^>]+>/g, ""))).toEqual(["Time", "Hall", "Lab"]);
    expect(html.match(/<th scope="row"/g)).toHaveLength(2);
    expect(html).toContain('<td rowSpan="2"');
    expect(html).toMatch(/<a data-col="0" data-row="0" [^>]*href="\/e\/ev\/sessions\/1"/);
    expect(html).toMatch(/<a data-col="1" data-row="1" [^>]*href="\/e\/ev\/sessions\/2"/);
    expect(html).toContain(">Now</strong>");
    expect(html).toContain(">Next</strong>");
  });
});
