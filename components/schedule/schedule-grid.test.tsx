import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Schedule, ScheduleSession } from "@/lib/schedule/get-schedule";
import { contrastRatio } from "@/lib/tracks/font-color";
import { ScheduleGrid } from "./schedule-grid";

// 2031-03-05 09:00 to 2031-03-06 18:00 in Tokyo (UTC+9).
const session = (id: number, title: string, startsAt: string, endsAt: string, extra: Partial<ScheduleSession> = {}): ScheduleSession => ({
  id,
  title,
  state: "accepted",
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  microlocationId: 1,
  trackId: 1,
  sessionTypeId: null,
  speakers: [],
  ...extra,
});

const schedule: Schedule = {
  event: {
    id: 1,
    identifier: "grid",
    name: "Grid Conf",
    timezone: "Asia/Tokyo",
    startsAt: new Date("2031-03-05T00:00:00Z"),
    endsAt: new Date("2031-03-06T09:00:00Z"),
  },
  rooms: [
    { id: 1, name: "Hall A" },
    { id: 2, name: "Hall B" },
  ],
  // Tailwind's green-600: the YIQ font-color of Open Event puts white on it (3.3:1).
  tracks: [{ id: 1, name: "Web", color: "#16a34a" }],
  sessionTypes: [],
  sessions: [
    // Before the event's 09:00 start: imported, or the event was moved later.
    session(1, "Breakfast briefing", "2031-03-04T22:30:00Z", "2031-03-04T23:15:00Z", {
      speakers: [
        { id: 1, name: "Ada Lovelace" },
        { id: 2, name: "Alan Turing" },
      ],
    }),
    session(2, "Opening keynote", "2031-03-05T01:00:00Z", "2031-03-05T01:45:00Z", { microlocationId: 2, trackId: null }),
  ],
};

interface Block {
  label: string;
  row: string;
  color: string | undefined;
  background: string | undefined;
  text: string;
}

function blocks(html: string): Block[] {
  return [...html.matchAll(/<button id="schedule-session-\d+"[^>]*aria-label="([^"]*)"[^>]*style="([^"]*)"[^>]*>(.*?)<\/button>/g)].map(
    ([, label, style, inner]) => ({
      label: label!.replace(/&quot;/g, '"'),
      row: /grid-row:([^;]+)/.exec(style!)?.[1] ?? "",
      color: /(?:^|;)color:([^;]+)/.exec(style!)?.[1],
      background: /background-color:([^;]+)/.exec(style!)?.[1],
      text: inner!.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim(),
    }),
  );
}

const render = (conflicted: number[] = []) =>
  renderToStaticMarkup(<ScheduleGrid schedule={schedule} day="2031-03-05" conflicted={new Set(conflicted)} onOpen={() => {}} />);

describe("ScheduleGrid", () => {
  it("starts the time axis at the day's earliest session, so each session sits on its own rows", () => {
    const html = render();
    const labels = [...html.matchAll(/<div class="sticky left-0 z-10[^"]*"[^>]*>(\d\d:\d\d)<\/div>/g)].map(([, time]) => time);
    expect(labels[0]).toBe("07:30");
    expect(labels.at(-1)).toBe("19:30");
    // Row 1 is the room header: 07:30 is row 2, 10:00 is ten quarter-hours further down.
    expect(blocks(html).map(({ row }) => row)).toEqual(["2 / 5", "12 / 15"]);
  });

  it("writes on a track colour in the colour that reaches 4.5:1, with the visible text inside the name", () => {
    const [briefing, keynote] = blocks(render([1]));
    expect(briefing).toEqual({
      label: "“Breakfast briefing”, 07:30–08:15, Hall A. Ada Lovelace, Alan Turing. Conflict: it has a conflict. Change its room or time",
      row: "2 / 5",
      color: "#000000",
      background: "#16a34a",
      text: "Breakfast briefing 07:30–08:15 · Hall A Ada Lovelace, Alan Turing ⚠ Conflict",
    });
    expect(contrastRatio(briefing!.background!, briefing!.color!)).toBeGreaterThanOrEqual(4.5);
    // Without a track: the grey block's own classes, no inline colours.
    expect(keynote).toEqual({
      label: "“Opening keynote”, 10:00–10:45, Hall B. Change its room or time",
      row: "12 / 15",
      color: undefined,
      background: undefined,
      text: "Opening keynote 10:00–10:45 · Hall B",
    });
  });
});
