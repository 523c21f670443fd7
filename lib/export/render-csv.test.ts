import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readCsvWithPython } from "./__fixtures__/checkers";
import { LONG_TITLE, sampleExportData, session, speaker, SPECIAL_TITLE, utc } from "./__fixtures__/export-data";
import { renderSessionsCsv, renderSpeakersCsv } from "./render-csv";

function rows(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true }) as Record<string, string>[];
}

describe("organizer CSVs", () => {
  const data = sampleExportData();

  it("sessions: UTF-8 with BOM, zone in the header, local times, organizer fields, special titles intact", () => {
    const text = renderSessionsCsv(data);
    expect(text.startsWith("\uFEFFId,Title,")).toBe(true);
    expect(text).toContain("\r\n");
    const parsed = rows(text);
    expect(parsed.map((row) => row.Id)).toEqual(["1", "2", "3", "4", "5", "6", "8", "9", "12", "7", "11"]);
    expect(parsed[0]).toMatchObject({ "Starts at (Asia/Singapore)": "2027-03-11 09:00", "Ends at (Asia/Singapore)": "2027-03-11 10:00", State: "confirmed", "Speaker emails": "speaker1@private.example; grace@navy.example", Comments: "private comment 1" });
    expect(parsed[1]?.Title).toBe(SPECIAL_TITLE);
    expect(parsed[2]?.Title).toBe(LONG_TITLE);
    expect(parsed[3]).toMatchObject({ Title: "Bare session", Track: "", Room: "", "Session type": "", "Ends at (Asia/Singapore)": "", "Short abstract": "" });
  });

  it("speakers: emails and mobile, sessions with state", () => {
    const parsed = rows(renderSpeakersCsv(data));
    expect(parsed.map((row) => row.Name)).toEqual(["Ada Lovelace", 'Grace "Amazing" Hopper; Jr., Ph.D.', "Linus 🐧 Tørvalds"]);
    expect(parsed[1]).toMatchObject({ Email: "grace@navy.example", Mobile: "+1 555 0100", Sessions: `Opening keynote (confirmed); ${SPECIAL_TITLE} (accepted); Withdrawn talk (withdrawn)` });
    expect(parsed[0]?.["Short biography"]).toBe("First programmer");
  });

  // [stored value, the cell a reader must get]: line breaks of every kind, quotes and commas
  // intact; formulas defused with a leading apostrophe, phone numbers and signed numbers not.
  const cells: [string, string][] = [
    ["line\nbreak", "line\nbreak"],
    ["windows\r\nbreak", "windows\r\nbreak"],
    ["old mac\rbreak", "old mac\rbreak"],
    ["ends with a break\n", "ends with a break\n"],
    ["two\n\nparagraphs", "two\n\nparagraphs"],
    ["\n", "\n"],
    ['say "hi"', 'say "hi"'],
    ["a, b", "a, b"],
    ['"quoted,\nbroken"', '"quoted,\nbroken"'],
    ["plain", "plain"],
    [" padded ", " padded "],
    ["  ", "  "],
    ["émoji 🚀, ünïcode", "émoji 🚀, ünïcode"],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd", "'-2+3+cmd"],
    ["@SUM(1)", "'@SUM(1)"],
    ["=1+2\nnext line", "'=1+2\nnext line"],
    ["\ttab first", "'\ttab first"],
    ["\rcarriage return first", "'\rcarriage return first"],
    ["+65 9123 4567", "+65 9123 4567"],
    ["-5", "-5"],
  ];

  it("quotes every cell with a line break: csv-parse and Python's csv read one record per session, every cell intact", () => {
    const sessions = cells.map(([value], index) =>
      session(index + 1, { title: value, comments: value, startsAt: new Date(utc("2027-03-11T01:00:00").getTime() + index * 60_000) }),
    );
    const text = renderSessionsCsv({ ...data, sessions });
    for (const records of [parse(text, { bom: true }) as string[][], readCsvWithPython(text)]) {
      expect(records).toHaveLength(cells.length + 1);
      expect(records.every((record) => record.length === records[0]!.length)).toBe(true);
      const [header, ...body] = records;
      const column = (name: string) => body.map((record) => record[header!.indexOf(name)]);
      expect(column("Id")).toEqual(cells.map((_, index) => String(index + 1)));
      expect(column("Title")).toEqual(cells.map(([, cell]) => cell));
      expect(column("Comments")).toEqual(cells.map(([, cell]) => cell));
    }
    // Every cell with a line break is quoted, whichever the break.
    expect(text).toContain('"line\nbreak"');
    expect(text).toContain('"old mac\rbreak"');
    // Leading or trailing spaces are quoted too, so that no reader trims them.
    expect(text).toContain('" padded "');
  });

  it("speakers: biographies with paragraphs stay one record per speaker in both readers", () => {
    const speakers = [
      speaker(1, { name: "Ada", shortBiography: "<p>First paragraph</p><p>Second paragraph</p>" }),
      speaker(2, { name: "Bo", shortBiography: "line one<br>line two", mobile: "+65 9123 4567" }),
    ];
    const text = renderSpeakersCsv({ ...data, speakers, sessions: [] });
    for (const records of [parse(text, { bom: true }) as string[][], readCsvWithPython(text)]) {
      expect(records.map((record) => [record[1], record[3], record[13]])).toEqual([
        ["Name", "Mobile", "Short biography"],
        ["Ada", speakers[0]!.mobile, "First paragraph\n\nSecond paragraph"],
        ["Bo", "+65 9123 4567", "line one\nline two"],
      ]);
    }
  });

  it("defuses spreadsheet formulas", () => {
    const parsed = rows(renderSessionsCsv({ ...data, sessions: [session(1, { title: "=HYPERLINK(\"http://evil\")", startsAt: utc("2027-03-11T01:00:00") })] }));
    expect(parsed[0]?.Title).toBe("'=HYPERLINK(\"http://evil\")");
  });
});
