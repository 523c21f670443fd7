import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { LONG_TITLE, sampleExportData, SPECIAL_TITLE } from "./__fixtures__/export-data";
import { renderICal } from "./render-ical";
import { renderXCal, XCAL_NAMESPACE } from "./render-xcal";

type Row = [string, string, string, string, string];

function elements(node: Node): Element[] {
  return [...node.childNodes].filter((child): child is Element => child.nodeType === 1);
}

/** xCal → rows [component path, property, params, type, values], parsed as XML. */
function xcalRows(xml: string): { root: Element; rows: Row[] } {
  const root = create(xml).root().node as unknown as Element;
  const rows: Row[] = [];
  const walk = (component: Element, path: string) => {
    const here = `${path}/${component.localName}`;
    for (const part of elements(component)) {
      if (part.localName === "properties") {
        for (const property of elements(part)) {
          const params: string[] = [];
          const values: string[] = [];
          let type = "";
          for (const child of elements(property)) {
            if (child.localName === "parameters") {
              for (const param of elements(child)) params.push(`${param.localName}=${elements(param).map((v) => v.textContent).join(",")}`);
            } else if (child.localName === "latitude" || child.localName === "longitude") {
              type = "float";
              values.push(String(Number(child.textContent)));
            } else if (child.localName === "recur") {
              type = "recur";
              values.push(elements(child).map((p) => `${p.localName.toUpperCase()}=${p.textContent}`).sort().join(";"));
            } else {
              type = child.localName;
              values.push(child.textContent ?? "");
            }
          }
          rows.push([here, property.localName, params.sort().join(";"), type, values.join("|")]);
        }
      } else if (part.localName === "components") {
        for (const child of elements(part)) walk(child, here);
      }
    }
  };
  for (const component of elements(root)) walk(component, "");
  return { root, rows };
}

/** The same rows from the .ics, parsed by ical.js. */
function icsRows(ics: string): Row[] {
  const rows: Row[] = [];
  const walk = (component: ICAL.Component, path: string) => {
    const here = `${path}/${component.name}`;
    for (const property of component.getAllProperties()) {
      const json = property.toJSON() as [string, Record<string, string>, string, ...unknown[]];
      const [name, params, type, ...values] = json;
      const flat = values.flatMap((value) =>
        type === "recur"
          ? [Object.entries(value as Record<string, unknown>).map(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${k.toUpperCase()}=${x}`)).flat().sort().join(";")]
          : Array.isArray(value) ? value.map(String) : [String(value)],
      );
      rows.push([here, name, Object.entries(params).map(([k, v]) => `${k}=${v}`).sort().join(";"), type, flat.join("|")]);
    }
    for (const child of component.getAllSubcomponents()) walk(child, here);
  };
  walk(new ICAL.Component(ICAL.parse(ics)), "");
  return rows;
}

describe("renderXCal", () => {
  const data = sampleExportData({ timezone: "Europe/Berlin" });
  const xml = renderXCal(data);
  const { root, rows } = xcalRows(xml);

  it("has the RFC 6321 structure: namespaced root, vcalendar with properties and components, typed values", () => {
    expect(root.localName).toBe("icalendar");
    expect(root.namespaceURI).toBe(XCAL_NAMESPACE);
    const [vcalendar] = elements(root);
    expect(vcalendar?.localName).toBe("vcalendar");
    expect(elements(vcalendar!).map((e) => e.localName)).toEqual(["properties", "components"]);
    expect(xml).toContain("<dtstart>\n            <parameters>\n              <tzid>\n                <text>Europe/Berlin</text>");
    expect(xml).toContain("<date-time>2027-03-11T02:00:00</date-time>");
    expect(xml).toContain("<cal-address>mailto:info@fossasia.org</cal-address>");
    expect(xml).toContain("<uri>https://events.example.org/e/fosasia27/sessions/1</uri>");
    expect(xml).toContain("<utc-offset>+02:00</utc-offset>");
    expect(xml).toMatch(/<recur>\s*<freq>YEARLY<\/freq>\s*<byday>-1SU<\/byday>\s*<bymonth>3<\/bymonth>\s*<\/recur>/);
    expect(xml).toMatch(/<geo>\s*<latitude>1.3208<\/latitude>\s*<longitude>103.8935<\/longitude>\s*<\/geo>/);
  });

  it("carries exactly the content of the iCal file, property by property", () => {
    expect(rows).toEqual(icsRows(renderICal(data)));
    expect(rows.filter(([path, name]) => path === "/vcalendar/vevent" && name === "uid")).toHaveLength(7);
    expect(rows.some(([path]) => path === "/vcalendar/vtimezone/daylight")).toBe(true);
  });

  it("keeps special characters and long multi-byte titles intact", () => {
    const summaries = rows.filter(([, name]) => name === "summary").map(([, , , , value]) => value);
    expect(summaries[1]).toBe(SPECIAL_TITLE);
    expect(summaries[2]).toBe(LONG_TITLE);
  });

  it("never contains a speaker's email or mobile", () => {
    for (const speaker of data.speakers) {
      if (speaker.email) expect(xml).not.toContain(speaker.email);
      if (speaker.mobile) expect(xml).not.toContain(speaker.mobile);
    }
  });
});
