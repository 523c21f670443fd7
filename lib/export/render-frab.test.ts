import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import draft6 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { exportData, LONG_TITLE, SAMPLE_PUBLIC_SESSION_IDS, sampleExportData, session, SPECIAL_TITLE, utc } from "./__fixtures__/export-data";
import { SCHEMAS, xmllintValidate } from "./__fixtures__/checkers";
import { renderFrabJson, renderFrabXml, slugify } from "./render-frab";

const XSD = path.join(SCHEMAS, "frab-schedule.xsd");

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft6);
  addFormats(ajv);
  // The schema uses a "color" format that ajv-formats does not define.
  ajv.addFormat("color", /^#[0-9a-fA-F]{6}$/);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, "frab-schedule.schema.json"), "utf8")));
}

interface JsonEvent {
  id: number;
  title: string;
  guid: string;
  duration: string;
  room: string;
  persons: Record<string, unknown>[];
  track: string | null;
  type: string;
}

function jsonEvents(json: string): JsonEvent[] {
  const document = JSON.parse(json) as { schedule: { conference: { days: { rooms: Record<string, JsonEvent[]> }[] } } };
  return document.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
}

function xmlEvents(xml: string) {
  const doc = create(xml).root().node as unknown as Element;
  return [...doc.getElementsByTagName("event")].map((event) => ({
    id: Number(event.getAttribute("id")),
    title: event.getElementsByTagName("title")[0]?.textContent,
    persons: [...event.getElementsByTagName("person")].map((person) => person.textContent),
  }));
}

describe("frab schedule", () => {
  const data = sampleExportData({ timezone: "Europe/Berlin" });
  const xml = renderFrabXml(data);
  const json = renderFrabJson(data);

  it("XML validates against frab-schedule.xsd (xmllint)", () => {
    expect(xmllintValidate(xml, XSD)).toEqual({ ok: true, output: "- validates\n" });
  });

  it("JSON validates against frab-schedule.schema.json (ajv)", () => {
    const validate = validator();
    expect(validate(JSON.parse(json)), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("lists the accepted/confirmed scheduled sessions by day and room, with stable GUIDs", () => {
    expect(jsonEvents(json).map((event) => event.id).sort((a, b) => a - b)).toEqual(SAMPLE_PUBLIC_SESSION_IDS);
    expect(xmlEvents(xml).map((event) => event.id).sort((a, b) => a - b)).toEqual(SAMPLE_PUBLIC_SESSION_IDS);
    const again = jsonEvents(renderFrabJson(sampleExportData({ timezone: "Europe/Berlin" })));
    expect(again.map((event) => event.guid)).toEqual(jsonEvents(json).map((event) => event.guid));
    const bare = jsonEvents(json).find((event) => event.id === 4);
    expect(bare).toMatchObject({ duration: "00:30", room: "Lifelong Learning Institute", track: null, type: "other", persons: [] });
    const conference = (JSON.parse(json) as { schedule: { conference: Record<string, unknown> } }).schedule.conference;
    expect(conference).toMatchObject({ acronym: "fosasia27", daysCount: 3, start: "2027-03-11", end: "2027-03-13", time_zone_name: "Europe/Berlin" });
  });

  it("keeps special characters and long multi-byte titles intact (XML parser, JSON.parse)", () => {
    const fromXml = new Map(xmlEvents(xml).map((event) => [event.id, event]));
    const fromJson = new Map(jsonEvents(json).map((event) => [event.id, event]));
    for (const [id, title] of [[2, SPECIAL_TITLE], [3, LONG_TITLE]] as const) {
      expect(fromXml.get(id)?.title).toBe(title);
      expect(fromJson.get(id)?.title).toBe(title);
    }
    expect(fromXml.get(2)?.persons).toEqual(['Grace "Amazing" Hopper; Jr., Ph.D.', "Linus 🐧 Tørvalds"]);
  });

  it("never contains a speaker's email or mobile; persons are id + public name", () => {
    for (const speaker of data.speakers) {
      for (const secret of [speaker.email, speaker.mobile]) {
        if (!secret) continue;
        expect(xml).not.toContain(secret);
        expect(json).not.toContain(secret);
      }
    }
    expect(jsonEvents(json).flatMap((event) => event.persons.map((person) => Object.keys(person).sort()))).toContainEqual(["guid", "id", "public_name"]);
  });

  it("stays valid for an event without sessions, rooms, logo or location, and in UTC", () => {
    const empty = exportData({ event: { ...data.event, timezone: "UTC", logoUrl: null, locationName: null } });
    expect(xmllintValidate(renderFrabXml(empty), XSD).ok).toBe(true);
    expect(validator()(JSON.parse(renderFrabJson(empty)))).toBe(true);
    const roomless = exportData({ sessions: [session(1, { title: "🎉", startsAt: utc("2027-03-11T01:00:00"), shortAbstract: null })] });
    expect(xmllintValidate(renderFrabXml(roomless), XSD).ok).toBe(true);
    expect(validator()(JSON.parse(renderFrabJson(roomless)))).toBe(true);
  });
});

describe("slugify", () => {
  /** What a slug is: accents folded, each run of anything but a–z and 0–9 one hyphen, cut, no hyphen at either end. */
  const reference = (value: string, maxLength = 50) =>
    value
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ß/g, "ss")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, maxLength)
      .replace(/^-+|-+$/g, "");

  it("folds accents, joins words with single hyphens and stops at the length", () => {
    expect(slugify("Grüße aus Köln — Straße!")).toBe("grusse-aus-koln-strasse");
    expect(slugify("  --Hello,   World--  ")).toBe("hello-world");
    expect(slugify("🚀")).toBe("");
    expect(slugify("a".repeat(60))).toBe("a".repeat(50));
    expect(slugify(`${"a".repeat(49)} b`)).toBe("a".repeat(49));
  });

  it("gives what the definition gives for any text and length", () => {
    // Deterministic strings over letters, digits, accents, ligatures, ß/ẞ, the Kelvin sign,
    // dotted İ, full-width letters, emoji, hyphens and blanks.
    const alphabet = ["a", "Z", "7", "é", "Ö", "ﬁ", "ß", "ẞ", "K", "İ", "Ａ", "🚀", "-", " ", "—", ".", "\u0301", "ǅ"];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let sample = 0; sample < 3000; sample++) {
      const text = Array.from({ length: next() % 70 }, () => alphabet[next() % alphabet.length]).join("");
      const maxLength = [50, 1, 2, 10, 100][sample % 5]!;
      expect([text, maxLength, slugify(text, maxLength)]).toEqual([text, maxLength, reference(text, maxLength)]);
    }
  });
});
