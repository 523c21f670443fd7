import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { XmlWriter } from "./xml-writer";

/** An XPath string value as libxml2 reads the document (xmlbuilder2's reader decodes `&amp;#39;` twice). */
function xpath(xml: string, expression: string): string {
  const result = spawnSync("xmllint", ["--xpath", `string(${expression})`, "-"], { input: xml, encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.replace(/\n$/, ""); // xmllint ends its answer with a newline
}

const ENTITY_LIKE = "Q&A; &amp; &lt;b&gt; \"quoted\" <tag> &#39;";

function written(build: (xml: XmlWriter) => void): string {
  const xml = new XmlWriter();
  build(xml);
  return xml.end();
}

describe("XmlWriter", () => {
  it("writes nested elements two spaces deep, empty ones as <name/>, text on the element's line", () => {
    const xml = written((xml) => {
      xml.open("root", { xmlns: "urn:example" });
      xml.empty("generator", { name: "Open Event", version: "1" });
      xml.open("list").leaf("item", "one").leaf("item", "", { id: "2" }).close();
      xml.open("nothing").close();
    });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<root xmlns="urn:example">',
        '  <generator name="Open Event" version="1"/>',
        "  <list>",
        "    <item>one</item>",
        '    <item id="2"></item>',
        "  </list>",
        "  <nothing/>",
        "</root>",
        "",
      ].join("\n"),
    );
  });

  it("copies a fragment made at the current depth as if its elements had been written there", () => {
    const item = XmlWriter.fragment(2, (xml) => xml.open("item", { id: "1" }).leaf("text", "a & b").close());
    expect(item).toBe('\n    <item id="1">\n      <text>a &amp; b</text>\n    </item>');
    const copied = written((xml) => {
      xml.open("root").open("list");
      expect(xml.depth).toBe(2);
      xml.raw(item).raw(item).close();
    });
    const direct = written((xml) => {
      xml.open("root").open("list");
      for (let i = 0; i < 2; i++) xml.open("item", { id: "1" }).leaf("text", "a & b").close();
      xml.close();
    });
    expect(copied).toBe(direct);
    expect(() => XmlWriter.fragment(1, (xml) => xml.open("left-open"))).toThrow(/left open/);
  });

  it("escapes text and attribute values so that a parser reads back exactly the input, entity-like text included", () => {
    const xml = written((xml) => xml.open("root").leaf("text", ENTITY_LIKE, { value: ENTITY_LIKE }));
    expect(xml).toContain(`<text value="Q&amp;A; &amp;amp; &amp;lt;b&amp;gt; &quot;quoted&quot; &lt;tag&gt; &amp;#39;">Q&amp;A; &amp;amp; &amp;lt;b&amp;gt; "quoted" &lt;tag&gt; &amp;#39;</text>`);
    expect([xpath(xml, "/root/text"), xpath(xml, "/root/text/@value")]).toEqual([ENTITY_LIKE, ENTITY_LIKE]);
  });

  it("replaces characters XML cannot carry (controls, lone surrogates, U+FFFE) by U+FFFD and keeps valid pairs", () => {
    const xml = written((xml) => xml.open("root").leaf("text", "a\u0001b\uD800c\uDC00d\uFFFE 🚀\t\n"));
    expect(xml).toContain("<text>a\uFFFDb\uFFFDc\uFFFDd\uFFFD 🚀\t\n</text>");
  });
});
