import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/tracks/font-color";
import { codeTheme } from "./code-theme";
import { JsonView } from "./json-view";

describe("JsonView", () => {
  it("pretty-prints and colours keys, strings, numbers and literals, keeping markup as text", () => {
    const html = renderToStaticMarkup(<JsonView label="API response" value={{ name: "<b>Open</b> & co", count: 2, published: true, logo: null }} />);
    expect(html).toContain('aria-label="API response"');
    // Markup in a value is escaped text, never HTML.
    expect(html).toContain("&lt;b&gt;Open&lt;/b&gt; &amp; co");
    expect(html).not.toContain("<b>Open</b>");
    const tokens = [...html.matchAll(/data-token="([^"]+)"[^>]*>([^<]*)</g)].map(([, kind, text]) => [kind, text]);
    expect(tokens).toEqual(
      expect.arrayContaining([
        ["property", "&quot;name&quot;"],
        ["string", "&quot;&lt;b&gt;Open&lt;/b&gt; &amp; co&quot;"],
        ["number", "2"],
        ["boolean", "true"],
        ["null keyword", "null"],
      ]),
    );
    // Two-space indentation, one line per member.
    const text = html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"');
    expect(text).toContain('  "count": 2,');
  });

  it("colours every token at WCAG AA contrast (4.5:1) on the code's own background", () => {
    const html = renderToStaticMarkup(<JsonView label="API response" value={{ name: "Open", count: 2, published: true, logo: null, tags: ["a"] }} />);
    const background = /<pre style="[^"]*background-color:(#[0-9a-f]{6})/i.exec(html)?.[1];
    expect(background).toBe(codeTheme.plain.backgroundColor);
    const colours = new Set([...html.matchAll(/<span[^>]*style="color:(#[0-9a-f]{6})"/gi)].map(([, colour]) => colour!.toLowerCase()));
    // Keys, strings, numbers, literals and punctuation each have a colour.
    expect(colours.size).toBeGreaterThanOrEqual(4);
    for (const colour of colours) expect(contrastRatio(colour, background!), colour).toBeGreaterThanOrEqual(4.5);
    // And so does every colour of the theme, for the other languages it may show.
    for (const { types, style } of [{ types: ["plain"], style: codeTheme.plain }, ...codeTheme.styles]) {
      expect(contrastRatio(style.color!, background!), types.join(" ")).toBeGreaterThanOrEqual(4.5);
      expect(style.opacity, types.join(" ")).toBeUndefined();
    }
  });
});
