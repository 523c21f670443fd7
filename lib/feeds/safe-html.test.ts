import { describe, expect, it } from "vitest";
import { safeHtml } from "./safe-html";

describe("safeHtml", () => {
  it("keeps formatting and links, drops scripts, handlers, styles and unsafe URLs", () => {
    expect(
      safeHtml(
        '<h1>Intro</h1><p onclick="x()" style="color:red">Hello <strong>world</strong><script>alert(1)</script></p>' +
          '<a href="javascript:alert(1)">bad</a> <a href="https://example.org" target="_blank">good</a><img src=x onerror=alert(1)><iframe src="//evil"></iframe>',
      ),
    ).toBe(
      '<h3>Intro</h3><p>Hello <strong>world</strong></p><a rel="nofollow noopener noreferrer ugc">bad</a> ' +
        '<a href="https://example.org" rel="nofollow noopener noreferrer ugc">good</a>',
    );
  });

  it("turns plain text into paragraphs and line breaks, escaping markup characters", () => {
    expect(safeHtml("First line\nsecond & third\n\nQ&amp;A > 1 < 2")).toBe(
      "<p>First line<br />second &amp; third</p><p>Q&amp;A &gt; 1 &lt; 2</p>",
    );
  });

  it("is empty for empty input", () => {
    expect(safeHtml(null)).toBe("");
    expect(safeHtml("  \n ")).toBe("");
  });
});
