import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { LONG_TITLE, sampleExportData, session, SPECIAL_TITLE, utc } from "./__fixtures__/export-data";
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

  it("defuses spreadsheet formulas", () => {
    const parsed = rows(renderSessionsCsv({ ...data, sessions: [session(1, { title: "=HYPERLINK(\"http://evil\")", startsAt: utc("2027-03-11T01:00:00") })] }));
    expect(parsed[0]?.Title).toBe("'=HYPERLINK(\"http://evil\")");
  });
});
