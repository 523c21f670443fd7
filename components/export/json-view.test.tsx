import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
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
});
