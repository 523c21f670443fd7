import { DateTime } from "luxon";
import type { Prisma } from "../generated/prisma/client";

/**
 * The home page's search over public events, as it lives in the URL (`?q=`, `?topic=`, `?type=`,
 * `?from=`, `?to=`, `?location=`, `?when=past`, `?page=`), applied on the server. Topic and type
 * are slugs, dates are calendar days (inclusive).
 */
export interface EventListingFilters {
  q: string;
  topic: string;
  type: string;
  from: string;
  to: string;
  location: string;
  when: "upcoming" | "past";
}

type Query = Record<string, string | string[] | undefined>;

const first = (query: Query, name: string, max = 200) => {
  const value = query[name];
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, max);
};
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string) => (DAY.test(value) && DateTime.fromISO(value, { zone: "utc" }).isValid ? value : "");

export function parseEventListingFilters(query: Query): EventListingFilters {
  return {
    q: first(query, "q"),
    topic: first(query, "topic", 100),
    type: first(query, "type", 100),
    from: day(first(query, "from", 10)),
    to: day(first(query, "to", 10)),
    location: first(query, "location"),
    when: first(query, "when") === "past" ? "past" : "upcoming",
  };
}

export function eventListingQueryString(filters: EventListingFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const key of ["q", "topic", "type", "from", "to", "location"] as const) if (filters[key]) params.set(key, filters[key]);
  if (filters.when === "past") params.set("when", "past");
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

const contains = (value: string) => ({ contains: value, mode: "insensitive" as const });

/**
 * The conditions of the filters at `now` (on top of what the public may see). Upcoming events
 * have not ended; past ones have. A date range keeps the events that overlap it, with a day
 * from midnight UTC−12 to midnight UTC+14 so that no event on that day anywhere is missed.
 */
export function eventListingWhere(filters: EventListingFilters, now: Date): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [filters.when === "past" ? { endsAt: { lt: now } } : { endsAt: { gte: now } }];
  for (const word of filters.q.split(/\s+/).filter(Boolean)) {
    and.push({ OR: [{ name: contains(word) }, { description: contains(word) }, { locationName: contains(word) }] });
  }
  if (filters.topic) and.push({ eventTopic: { slug: filters.topic } });
  if (filters.type) and.push({ eventType: { slug: filters.type } });
  if (filters.location) {
    and.push({ OR: [{ locationName: contains(filters.location) }, { searchableLocationName: contains(filters.location) }] });
  }
  if (filters.from) and.push({ endsAt: { gte: DateTime.fromISO(filters.from, { zone: "UTC+14" }).toJSDate() } });
  if (filters.to) and.push({ startsAt: { lt: DateTime.fromISO(filters.to, { zone: "UTC-12" }).plus({ days: 1 }).toJSDate() } });
  return { AND: and };
}
