import { describe, expect, it } from "vitest";
import { createEvent, createMicrolocation, createSession, createSessionType, createSpeaker, createTrack, createUser } from "../../prisma/factories";
import { parseSessionListParams, sessionListQuery, sessionListSearch } from "./dashboard-query";
import { findEventSessions } from "./find-sessions";

describe("the dashboard's sessions list filters", () => {
  it("parse what is valid and ignore the rest", () => {
    expect(parseSessionListParams({ state: "accepted", track: "3", room: "x", type: ["4", "5"], q: "  grace  ", page: "0" })).toEqual({
      state: "accepted",
      track: 3,
      room: null,
      type: 4,
      q: "grace",
      page: 1,
    });
    expect(parseSessionListParams({ state: "nonsense", track: "99999999999", q: "a".repeat(500) })).toMatchObject({ state: null, track: null, q: "a".repeat(200) });
    expect(sessionListSearch(parseSessionListParams({ state: "pending", q: "x y" }), 2)).toBe("?state=pending&q=x+y&page=2");
  });

  it("find exactly the sessions of each filter: state, track, room, type, and text in titles, abstracts and speakers' names", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner });
    const [web, data] = [await createTrack({ event, name: "Web" }), await createTrack({ event, name: "Data" })];
    const [hallA, hallB] = [await createMicrolocation({ event, name: "Hall A" }), await createMicrolocation({ event, name: "Hall B" })];
    const [talk, workshop] = [await createSessionType({ event, name: "Talk", length: "00:30" }), await createSessionType({ event, name: "Workshop", length: "01:30" })];
    const grace = await createSpeaker({ event, name: "Grace Hopper" });
    const ada = await createSpeaker({ event, name: "Ada Lovelace" });
    const gone = await createSpeaker({ event, name: "Gone Hopper", deletedAt: new Date() });

    const a = await createSession({ event, title: "Compilers for everyone", state: "accepted", track: web, microlocation: hallA, sessionType: talk, speakers: [grace] });
    const b = await createSession({ event, title: "Notebooks", state: "pending", track: data, microlocation: hallB, sessionType: workshop, speakers: [ada] });
    const c = await createSession({ event, title: "Untitled", shortAbstract: "About COMPILERS and more", state: "pending", track: null, speakers: [gone] });

    const ids = async (params: Record<string, string>) => {
      const { items, count } = await findEventSessions(owner, String(event.id), sessionListQuery(parseSessionListParams(params)));
      expect(count).toBe(items.length);
      return (items as { id: number }[]).map((session) => session.id).sort((x, y) => x - y);
    };
    expect(await ids({})).toEqual([a.id, b.id, c.id]);
    expect(await ids({ state: "pending" })).toEqual([b.id, c.id]);
    expect(await ids({ track: String(web.id) })).toEqual([a.id]);
    expect(await ids({ room: String(hallB.id) })).toEqual([b.id]);
    expect(await ids({ type: String(workshop.id) })).toEqual([b.id]);
    expect(await ids({ q: "compilers" })).toEqual([a.id, c.id]);
    // A speaker's name, case-insensitively; a deleted speaker's name does not count.
    expect(await ids({ q: "HOPPER" })).toEqual([a.id]);
    expect(await ids({ q: "hopper", state: "pending" })).toEqual([]);
    expect(await ids({ q: "lovelace", track: String(data.id), room: String(hallB.id), type: String(workshop.id) })).toEqual([b.id]);
  });

  it("`submitted` finds every session but drafts, as the statistics count them", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner });
    const draft = await createSession({ event, state: "draft" });
    const others = [];
    for (const state of ["pending", "accepted", "confirmed", "rejected", "withdrawn", "canceled"] as const) others.push(await createSession({ event, state }));
    expect(parseSessionListParams({ state: "submitted" }).state).toBe("submitted");
    expect(sessionListSearch(parseSessionListParams({ state: "submitted" }))).toBe("?state=submitted");
    const ids = async (state: string) =>
      ((await findEventSessions(owner, String(event.id), sessionListQuery(parseSessionListParams({ state })))).items as { id: number }[]).map((s) => s.id).sort((a, b) => a - b);
    expect(await ids("submitted")).toEqual(others.map((s) => s.id));
    expect(await ids("draft")).toEqual([draft.id]);
  });
});
