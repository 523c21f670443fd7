import { describe, expect, it } from "vitest";
import { createEvent, createEventTopic, createEventType, createUser } from "../../prisma/factories";
import { findEvents } from "../events/find-events";
import { eventListingQueryString, eventListingWhere, parseEventListingFilters } from "./event-listing";

const NOW = new Date("2030-06-15T12:00:00Z");

describe("home page event search", () => {
  it("parses the URL, drops malformed dates, and writes it back in one order", () => {
    const filters = parseEventListingFilters({ q: " rust ", topic: "tech", type: ["conference", "meetup"], from: "2030-07-01", to: "2030-13-45", location: "Berlin", when: "past" });
    expect(filters).toEqual({ q: "rust", topic: "tech", type: "conference", from: "2030-07-01", to: "", location: "Berlin", when: "past" });
    expect(eventListingQueryString(filters, 3)).toBe("?q=rust&topic=tech&type=conference&from=2030-07-01&location=Berlin&when=past&page=3");
    expect(eventListingQueryString(parseEventListingFilters({}))).toBe("");
  });

  it("applies each filter and their combinations on the server, upcoming and past apart", async () => {
    const owner = await createUser();
    const tech = await createEventTopic({ slug: "tech-listing" });
    const art = await createEventTopic({ slug: "art-listing" });
    const conference = await createEventType({ slug: "conference-listing" });
    const at = (start: string, end: string) => ({ startsAt: new Date(start), endsAt: new Date(end) });
    const published = { owner, state: "published" as const, privacy: "public" as const };
    const rust = await createEvent({ ...published, name: "RustConf Listing", eventTopicId: tech.id, eventTypeId: conference.id, locationName: "Berlin, Germany", ...at("2030-07-01T08:00:00Z", "2030-07-02T16:00:00Z") });
    const paint = await createEvent({ ...published, name: "Paint Listing", description: "Rust-coloured landscapes", eventTopicId: art.id, locationName: "Lisbon", ...at("2030-08-10T08:00:00Z", "2030-08-10T16:00:00Z") });
    const old = await createEvent({ ...published, name: "Old Rust Listing", eventTopicId: tech.id, locationName: "Berlin", ...at("2029-01-01T08:00:00Z", "2029-01-02T16:00:00Z") });
    await createEvent({ owner, state: "draft", name: "Draft Rust Listing", eventTopicId: tech.id, ...at("2030-07-01T08:00:00Z", "2030-07-02T16:00:00Z") });

    const names = async (query: Record<string, string>) => {
      const { items } = await findEvents(null, { where: { AND: [{ name: { endsWith: "Listing" } }, eventListingWhere(parseEventListingFilters(query), NOW)] }, page: { size: 50, number: 1 } });
      return items.map((event) => event.name);
    };
    expect(await names({})).toEqual([rust.name, paint.name]);
    expect(await names({ when: "past" })).toEqual([old.name]);
    expect(await names({ q: "rust" })).toEqual([rust.name, paint.name]);
    expect(await names({ q: "rust berlin" })).toEqual([rust.name]);
    expect(await names({ topic: "tech-listing" })).toEqual([rust.name]);
    expect(await names({ topic: "tech-listing", when: "past" })).toEqual([old.name]);
    expect(await names({ type: "conference-listing" })).toEqual([rust.name]);
    expect(await names({ location: "lisbon" })).toEqual([paint.name]);
    expect(await names({ from: "2030-08-01" })).toEqual([paint.name]);
    expect(await names({ to: "2030-07-01" })).toEqual([rust.name]);
    expect(await names({ from: "2030-07-02", to: "2030-07-02" })).toEqual([rust.name]);
    expect(await names({ topic: "art-listing", location: "Berlin" })).toEqual([]);
  });
});
