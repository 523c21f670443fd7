import { beforeAll, describe, expect, it } from "vitest";
import { params, read, request } from "@/lib/testing/api";
import { db } from "@/lib/db";
import type { Event } from "@/lib/generated/prisma/client";
import { declaredResources } from "@/lib/testing/v1-routes";
import { createEvent, createTrack } from "@/prisma/factories";
import { GET as tracks } from "./events/[id]/tracks/route";

/**
 * The filter syntax against PostgreSQL: null checks on columns that can or cannot hold null, and
 * like patterns that Prisma turns into LIKE/ILIKE without escaping their value.
 */

describe("nullable attributes", () => {
  it("are declared exactly on the filterable attributes whose column may hold null", async () => {
    const columns = await db.$queryRaw<{ table: string; column: string; nullable: string }[]>`
      SELECT table_name AS table, column_name AS column, is_nullable AS nullable FROM information_schema.columns WHERE table_schema = 'public'`;
    const nullable = new Map(columns.map((row) => [`${row.table}.${row.column}`, row.nullable === "YES"]));
    const wrong: string[] = [];
    let checked = 0;
    for (const resource of await declaredResources()) {
      for (const [key, def] of Object.entries(resource.attributes)) {
        if (!def.filter) continue;
        const column = `${resource.model}.${def.column ?? key}`;
        if (!nullable.has(column)) wrong.push(`${resource.type}.${key}: no column ${column}`);
        else if (nullable.get(column) !== Boolean(def.nullable)) wrong.push(`${resource.type}.${key}: nullable should be ${nullable.get(column)}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(wrong).toEqual([]);
  });
});

describe("GET /v1/events/{id}/tracks?filter=…", () => {
  let event: Event;
  const NAMES = ["100%", "1000", "a_c", "abc", "ends\\", "A\\b", "Ab"];

  beforeAll(async () => {
    event = await createEvent();
    for (const [position, name] of NAMES.entries()) await createTrack({ event, name, position });
  });

  const names = async (filter: unknown) => {
    const query = `filter=${encodeURIComponent(JSON.stringify(filter))}&sort=position`;
    const { status, body } = await read(await tracks(request("GET", `/v1/events/${event.id}/tracks?${query}`), params({ id: event.id })));
    expect(status, JSON.stringify(body)).toBe(200);
    return (body.data as { attributes: { name: string } }[]).map((track) => track.attributes.name);
  };

  it("matches like patterns literally: % and _ in the value are no wildcards, a backslash is no escape", async () => {
    expect(await names([{ name: "name", op: "ilike", val: "100\\%" }])).toEqual(["100%"]);
    expect(await names([{ name: "name", op: "like", val: "%0\\%" }])).toEqual(["100%"]);
    expect(await names([{ name: "name", op: "ilike", val: "a_c" }])).toEqual(["a_c"]);
    expect(await names([{ name: "name", op: "like", val: "%_%" }])).toEqual(["a_c"]);
    // A value ending in a backslash was a PostgreSQL error (22025) and a 500.
    expect(await names([{ name: "name", op: "ilike", val: "%\\" }])).toEqual(["ends\\"]);
    expect(await names([{ name: "name", op: "ilike", val: "ENDS\\" }])).toEqual(["ends\\"]);
    expect(await names([{ name: "name", op: "like", val: "A\\b" }])).toEqual(["A\\b"]);
    expect(await names([{ name: "name", op: "ilike", val: "a\\b" }])).toEqual(["A\\b"]);
  });

  it("negates case-insensitive patterns (Prisma takes no mode inside not)", async () => {
    expect(await names([{ name: "name", op: "notilike", val: "%A%" }])).toEqual(["100%", "1000", "ends\\"]);
    expect(await names([{ name: "name", op: "notlike", val: "%0%" }])).toEqual(["a_c", "abc", "ends\\", "A\\b", "Ab"]);
  });

  it("answers null checks on a column that is never null: nothing for eq/is_, everything for ne/isnot", async () => {
    expect(await names([{ name: "name", op: "eq", val: null }])).toEqual([]);
    expect(await names([{ name: "name", op: "is_", val: null }])).toEqual([]);
    expect(await names([{ name: "name", op: "ne", val: null }])).toEqual(NAMES);
    expect(await names([{ or: [{ name: "color", op: "isnot", val: null }, { name: "name", op: "eq", val: "x" }] }])).toEqual(NAMES);
    expect(await names([{ not: { name: "name", op: "isnot", val: null } }])).toEqual([]);
    expect(await names([{ not: { name: "name", op: "eq", val: null } }])).toEqual(NAMES);
  });
});
