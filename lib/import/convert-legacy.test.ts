import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { ImportNotes, type DataFiles, type Item } from "./archive-files";
import { convertLegacy, legacySpelling } from "./convert-legacy";
import { FILE_SCHEMAS } from "./schemas";
import { LEGACY_FIXTURES } from "./testing";

/*
 * The legacy converter alone: a legacy archive's files in, our own export's shape out (snake_case
 * keys, current names, null for "no value", social links and nested lists as lists of their own,
 * forms as custom-form rows), every item labelled as the legacy file names it.
 */

const inMemory = (files: Record<string, unknown>): DataFiles => ({ has: (file) => file in files, json: (file) => files[file] });

function convert(files: Record<string, unknown>) {
  const notes = new ImportNotes(legacySpelling);
  return { data: convertLegacy(inMemory(files), notes), skipped: notes.skipped, dropped: notes.droppedFields() };
}

const item = (file: string, index: number, label: string, data: Record<string, unknown>): Item => ({ file, index, label, data });

/** A small legacy archive without tracks, rooms, session types or speakers files: the sessions carry them nested. */
const sample = () => ({
  event: {
    id: 1,
    name: "Small Conf",
    timezone: "Europe/Berlin",
    "start-time": "2017-03-17T09:00:00+01:00",
    "end-time": "2017-03-18T18:00:00+01:00",
    "organizer-name": "Org",
    "event-url": "https://small.example",
    "logo-url": "",
    description: "",
    "social-links": [
      { id: 1, name: "Twitter", link: "https://twitter.com/small", identifier: "" },
      { id: 2, name: "Blank", link: "  " },
    ],
  },
  sessions: [
    {
      id: 1,
      title: "Opening",
      "start-time": "2017-03-17T10:00:00+01:00",
      "end-time": "2017-03-17T11:00:00+01:00",
      track: { id: 1, name: "Main", color: "#ff0000", "font-color": "#000000" },
      microlocation: { id: 3, name: "Hall" },
      "session-type": { id: 5, name: "Talk", length: "0.30" },
      speakers: [{ id: 7, name: "Ada", "photo-url": "" }],
      subtitle: "",
      "slides-url": " ",
      "complex-field-values": { "favourite-colour": "" },
    },
    { id: 2, title: "Closing", track: { id: 1, name: "Main " }, microlocation: {}, "session-type": null, speakers: [{ id: 7, name: "Ada" }, { id: 8, name: "Bob" }] },
  ],
  sponsors: [{ id: 1, name: "Acme", url: "", "logo-url": "/images/sponsors/acme.png", "sponsor-type": "Gold" }],
  forms: [
    {
      id: 9,
      "session-form": JSON.stringify({ title: { require: 1, include: 1 }, "short-abstract": { require: 0, include: 1 } }),
      "speaker-form": JSON.stringify({ name: { require: 1, include: 1 }, website: { include: 1 } }),
      "schedule-form": "{}",
    },
  ],
});

describe("convertLegacy", () => {
  it("turns a small legacy sample into the current format's items", () => {
    const socialLinks = sample().event["social-links"];
    const form = (label: string, position: number, data: Record<string, unknown>) =>
      item("forms", position, label, { position, description: null, is_public: true, is_complex: false, ...data });

    expect(convert(sample())).toEqual({
      data: {
        event: item("event", 0, "event: item 1 (id 1)", {
          id: 1,
          name: "Small Conf",
          timezone: "Europe/Berlin",
          starts_at: "2017-03-17T09:00:00+01:00",
          ends_at: "2017-03-18T18:00:00+01:00",
          owner_name: "Org",
          external_event_url: "https://small.example",
          logo_url: null,
          description: null,
          social_links: [
            { id: 1, name: "Twitter", link: "https://twitter.com/small", identifier: "" },
            { id: 2, name: "Blank", link: "  " },
          ],
          // Legacy files predate the switch; a sample with sponsors wants them shown.
          is_sponsors_enabled: true,
        }),
        social_links: [
          item("event.social-links", 0, "event.social-links: item 1 (id 1)", { ...socialLinks[0], identifier: null }),
          // A blank required link reads as an empty one, which the parser drops.
          item("event.social-links", 1, "event.social-links: item 2 (id 2)", { ...socialLinks[1], link: "" }),
        ],
        microlocations: [item("sessions.microlocation", 0, "sessions.microlocation: item 1 (id 3)", { id: 3, name: "Hall" })],
        tracks: [item("sessions.track (1)", 0, "sessions.track (1): item 1 (id 1)", { id: 1, name: "Main", color: "#ff0000", font_color: "#000000" })],
        session_types: [item("sessions.session-type (1)", 0, "sessions.session-type (1): item 1 (id 5)", { id: 5, name: "Talk", length: "0.30" })],
        sponsors: [item("sponsors", 0, "sponsors: item 1 (id 1)", { id: 1, name: "Acme", url: null, logo_url: "/images/sponsors/acme.png", sponsor_type: "Gold" })],
        speakers: [
          item("sessions.speakers", 0, "sessions.speakers: item 1 (id 7)", { id: 7, name: "Ada", photo_url: null }),
          item("sessions.speakers", 1, "sessions.speakers: item 2 (id 8)", { id: 8, name: "Bob" }),
        ],
        forms: [
          form("forms: item 1 (id 9) session-form", 0, { form: "session", field_identifier: "title", name: "Title", type: "text", is_required: true, is_included: true, is_fixed: true }),
          form("forms: item 1 (id 9) session-form", 1, { form: "session", field_identifier: "shortAbstract", name: "Short Abstract", type: "paragraph", is_required: false, is_included: true, is_fixed: false }),
          form("forms: item 1 (id 9) speaker-form", 0, { form: "speaker", field_identifier: "name", name: "Name", type: "text", is_required: true, is_included: true, is_fixed: true }),
          form("forms: item 1 (id 9) speaker-form", 1, { form: "speaker", field_identifier: "website", name: "Website", type: "url", is_required: false, is_included: true, is_fixed: false }),
        ],
        sessions: [
          item("sessions", 0, "sessions: item 1 (id 1)", {
            id: 1,
            title: "Opening",
            starts_at: "2017-03-17T10:00:00+01:00",
            ends_at: "2017-03-17T11:00:00+01:00",
            track: { id: 1, name: "Main", color: "#ff0000", font_color: "#000000" },
            microlocation: { id: 3, name: "Hall" },
            session_type: { id: 5, name: "Talk", length: "0.30" },
            speakers: [{ id: 7, name: "Ada", photo_url: "" }],
            subtitle: null,
            slides_url: null,
            // Answers keep their keys and values.
            complex_field_values: { "favourite-colour": "" },
          }),
          item("sessions", 1, "sessions: item 2 (id 2)", {
            id: 2,
            title: "Closing",
            track: { id: 1, name: "Main " },
            microlocation: {},
            session_type: null,
            speakers: [{ id: 7, name: "Ada" }, { id: 8, name: "Bob" }],
          }),
        ],
        repeatedIds: true,
      },
      skipped: [
        "tracks: the file is missing; 1 tracks were taken from the sessions' nested objects",
        "session_types: the file is missing; 1 session types were taken from the sessions' nested objects",
        "microlocations: the file is missing; 1 microlocations were taken from the sessions' nested objects",
        "speakers: the file is missing; 2 speakers were taken from the sessions' nested objects",
      ],
      dropped: ['forms: "schedule-form" on 1 item(s) — not modelled here'],
    });
  });

  it("keeps the lists an archive has and does not read nested objects then", () => {
    const files = { ...sample(), tracks: [{ id: 1, name: "Main track", color: "#00ff00" }] };
    const { data, skipped } = convert(files);
    expect(data.tracks).toEqual([item("tracks", 0, "tracks: item 1 (id 1)", { id: 1, name: "Main track", color: "#00ff00" })]);
    expect(skipped).not.toContain("tracks: the file is missing; 1 tracks were taken from the sessions' nested objects");
  });

  it("keeps is-sponsors-enabled when the event says it, and shows no sponsors of an archive without any", () => {
    expect(convert({ ...sample(), event: { ...sample().event, "is-sponsors-enabled": false } }).data.event.data.is_sponsors_enabled).toBe(false);
    expect(convert({ ...sample(), sponsors: [] }).data.event.data.is_sponsors_enabled).toBe(false);
  });

  it("fails with the legacy file's words on what it cannot convert", () => {
    const broken = (edit: (files: ReturnType<typeof sample>) => void) => {
      const files = sample();
      edit(files);
      return () => convert(files);
    };
    expect(broken((files) => (files.forms[0]!["session-form"] = "{ not json"))).toThrow('forms: item 1 (id 9): "session-form" is not valid JSON');
    expect(broken((files) => (files.forms[0]!["speaker-form"] = "[1]"))).toThrow('forms: item 1 (id 9): "speaker-form" must be an object of fields');
    expect(broken((files) => ((files.forms[0] as Record<string, unknown>)["session-form"] = 42))).toThrow('forms: item 1 (id 9): "session-form" must be a string');
    // A nested reference is checked as the session's before it becomes an item of its own.
    expect(broken((files) => ((files.sessions[1]!.track as Record<string, unknown>).id = "one"))).toThrow(
      'sessions: item 2 (id 2): "track".id must be an id (a whole number)',
    );
    expect(broken((files) => ((files.event as Record<string, unknown>)["social-links"] = ["x"]))).toThrow("event.social-links: item 1 must be an object");
    expect(broken((files) => ((files as Record<string, unknown>).sponsors = { id: 1 }))).toThrow("sponsors: must be a list of items");
  });
});

function fixture(name: string): DataFiles {
  const dir = path.join(LEGACY_FIXTURES, name);
  return { has: (file) => fs.existsSync(path.join(dir, file)), json: (file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as unknown };
}

const fileLength = (files: DataFiles, file: string) => (files.has(file) ? (files.json(file) as unknown[]).length : 0);

describe.each(["FOSSASIASummit2017", "PyCon17", "OpenTechSummit2017"])("the legacy sample %s, converted", (name) => {
  const files = fixture(name);
  const notes = new ImportNotes(legacySpelling);
  const data = convertLegacy(files, notes);
  const lists = ["social_links", "microlocations", "tracks", "session_types", "sponsors", "speakers", "forms", "sessions"] as const;

  it("is in the current format: snake_case keys, every item valid by the current schemas, no \"\" for \"no value\"", () => {
    const items = [{ schema: FILE_SCHEMAS.event, entry: data.event }, ...lists.flatMap((list) => data[list].map((entry) => ({ schema: FILE_SCHEMAS[list], entry })))];
    expect(items.flatMap(({ entry }) => Object.keys(entry.data).filter((key) => key.includes("-")))).toEqual([]);
    expect(items.filter(({ schema, entry }) => !schema.safeParse(entry.data).success).map(({ entry }) => entry.label)).toEqual([]);
    // Only optional fields mean "no value" by "" (OpenTech Summit 2017 has sessions titled ""); fields we
    // do not model keep what the file says, the import lists them as skipped when they carry data.
    const optional = (schema: (typeof items)[number]["schema"], key: string) => (schema.shape as Record<string, ZodType>)[key]!.safeParse(null).success;
    const blanks = items.flatMap(({ schema, entry }) =>
      Object.keys(schema.shape).filter((key) => entry.data[key] === "" && optional(schema, key)).map((key) => `${entry.label} ${key}`),
    );
    expect(blanks).toEqual([]);
  });

  it("has every item of the files, and the nested ones only for a missing file", () => {
    const counts = Object.fromEntries(lists.map((list) => [list, data[list].length]));
    const nestedSessionTypes = name === "PyCon17" ? fileLength(files, "session_types") : { FOSSASIASummit2017: 5, OpenTechSummit2017: 4 }[name];
    expect(counts).toEqual({
      social_links: (files.json("event") as { "social-links": unknown[] })["social-links"].length,
      microlocations: fileLength(files, "microlocations"),
      tracks: fileLength(files, "tracks"),
      session_types: nestedSessionTypes,
      sponsors: fileLength(files, "sponsors"),
      speakers: fileLength(files, "speakers"),
      // PyCon 2017's one forms item holds 11 session and 14 speaker fields.
      forms: name === "PyCon17" ? 25 : 0,
      sessions: fileLength(files, "sessions"),
    });
    expect(notes.skipped).toEqual(
      name === "PyCon17" ? [] : [`session_types: the file is missing; ${nestedSessionTypes} session types were taken from the sessions' nested objects`],
    );
  });
});

it("names FOSSASIA 2017's session types after the first session that carries each", () => {
  const data = convertLegacy(fixture("FOSSASIASummit2017"), new ImportNotes(legacySpelling));
  expect(data.session_types.map(({ label, data: { id, name, length } }) => [label, id, name, length])).toEqual([
    ["sessions.session-type (1): item 1 (id 123)", 123, "Talk", "00:25"],
    ["sessions.session-type (2): item 1 (id 124)", 124, "Workshop", "00:55"],
    ["sessions.session-type (3): item 1 (id 157)", 157, "Exhibition", "08:00"],
    ["sessions.session-type (4): item 1 (id 125)", 125, "Workshop", "01:55"],
    ["sessions.session-type (5): item 1 (id 126)", 126, "Panel", "00:45"],
  ]);
});
