import { describe, expect, it } from "vitest";
import { countPerDay, nowAndNext, parseScheduleFilters, pickDay, scheduleMatcher, scheduleQueryString, searchTextOf, type FilterableSession } from "./schedule-filters";

const session = (id: number, over: Partial<FilterableSession> = {}): FilterableSession => ({
  id,
  day: "2027-03-11",
  room: "Main Hall",
  track: { name: "Web & Cloud" },
  type: "Talk",
  searchText: "",
  startsAt: null,
  endsAt: null,
  ...over,
});

describe("schedule filters", () => {
  it("parse the URL's parameters, ignoring empty, malformed and excess values", () => {
    expect(parseScheduleFilters({ q: "  rust  ", track: ["Web & Cloud", "", "AI & Data", "Web & Cloud"], room: "", type: "Talk", day: "2027-03-12", view: "grid", starred: "1" })).toEqual({
      q: "rust",
      tracks: ["Web & Cloud", "AI & Data"],
      rooms: [],
      types: ["Talk"],
      day: "2027-03-12",
      view: "grid",
      starred: true,
    });
    expect(parseScheduleFilters({ day: "tomorrow", view: "table", starred: "no", q: "x".repeat(500) })).toEqual({
      q: "x".repeat(200),
      tracks: [],
      rooms: [],
      types: [],
      day: null,
      view: "list",
      starred: false,
    });
    expect(parseScheduleFilters({ track: Array.from({ length: 50 }, (_, i) => `t${i}`) }).tracks).toHaveLength(20);
  });

  it("write one query string per view, which parses back to the same filters", () => {
    const filters = parseScheduleFilters({ starred: "1", view: "grid", day: "2027-03-11", type: "Talk", room: "Room 2A", track: ["B", "A"], q: "web  ai" });
    const text = scheduleQueryString(filters);
    expect(text).toBe("?q=web++ai&track=B&track=A&room=Room+2A&type=Talk&day=2027-03-11&view=grid&starred=1");
    expect(parseScheduleFilters(Object.fromEntries([...new URLSearchParams(text).keys()].map((key) => [key, new URLSearchParams(text).getAll(key)])))).toEqual(filters);
    expect(scheduleQueryString(parseScheduleFilters({}))).toBe("");
  });

  it("match every word of the search, any chosen value per facet, and all facets together", () => {
    const wasm = session(1, { searchText: searchTextOf(["The State of <b>WebAssembly</b>", "Main Hall", "Ana Lima"]) });
    const rustWeb = session(2, { room: "Room 2A", searchText: searchTextOf(["Rust on the web", "Room 2A"]) });
    const ai = session(3, { track: { name: "AI & Data" }, type: "Workshop", searchText: "open models" });
    const noTrack = session(4, { track: null, room: null, type: null, searchText: "lunch" });
    const all = [wasm, rustWeb, ai, noTrack];
    const ids = (filters: Parameters<typeof scheduleMatcher>[0]) => all.filter(scheduleMatcher(filters)).map((entry) => entry.id);
    const none = { q: "", tracks: [], rooms: [], types: [] };
    expect(ids(none)).toEqual([1, 2, 3, 4]);
    expect(ids({ ...none, q: "WEBASSEMBLY" })).toEqual([1]);
    expect(ids({ ...none, q: "ana lima" })).toEqual([1]);
    expect(ids({ ...none, q: "web rust" })).toEqual([2]);
    expect(ids({ ...none, q: "b>" })).toEqual([]);
    expect(ids({ ...none, tracks: ["Web & Cloud"] })).toEqual([1, 2]);
    expect(ids({ ...none, tracks: ["Web & Cloud", "AI & Data"] })).toEqual([1, 2, 3]);
    expect(ids({ ...none, tracks: ["Web & Cloud"], rooms: ["Room 2A"] })).toEqual([2]);
    expect(ids({ ...none, types: ["Workshop"] })).toEqual([3]);
    expect(ids({ ...none, tracks: ["Web & Cloud"], q: "state" })).toEqual([1]);
    expect(ids({ ...none, tracks: ["AI & Data"], q: "state" })).toEqual([]);
  });

  it("count per day, and pick the asked day, else today while the event runs, else the first", () => {
    expect(countPerDay([session(1), session(2, { day: "2027-03-12" }), session(3), session(4, { day: null })])).toEqual({ "2027-03-11": 2, "2027-03-12": 1 });
    const days = ["2027-03-11", "2027-03-12"];
    expect(pickDay(days, "2027-03-12", "2027-03-11")).toBe("2027-03-12");
    expect(pickDay(days, "2027-03-13", "2027-03-12")).toBe("2027-03-12");
    expect(pickDay(days, null, "2026-12-07")).toBe("2027-03-11");
    expect(pickDay([], null, "2026-12-07")).toBeNull();
  });

  it("mark the running sessions as now and those at the next start as next", () => {
    const at = (start: string, end: string) => ({ startsAt: `2027-03-11T${start}:00.000Z`, endsAt: `2027-03-11T${end}:00.000Z` });
    const sessions = [session(1, at("01:00", "02:00")), session(2, at("01:30", "01:45")), session(3, at("02:00", "02:30")), session(4, at("02:00", "03:00")), session(5, at("04:00", "05:00"))];
    expect(nowAndNext(sessions, new Date("2027-03-11T01:40:00Z"))).toEqual({ now: [1, 2], next: [3, 4] });
    expect(nowAndNext(sessions, new Date("2027-03-11T02:00:00Z"))).toEqual({ now: [3, 4], next: [5] });
    expect(nowAndNext(sessions, new Date("2027-03-11T06:00:00Z"))).toEqual({ now: [], next: [] });
  });
});
