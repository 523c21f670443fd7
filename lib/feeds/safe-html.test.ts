import { describe, expect, it } from "vitest";
import { cleanRichText, safeHtml } from "./safe-html";

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

describe("cleanRichText", () => {
  it("stores an editor's markup through the allow-list, markup without text as empty, plain text as it is", () => {
    expect(cleanRichText('<p>Hi <strong>there</strong><img src=x onerror="alert(1)"></p><script>alert(1)</script><ul><li><p onclick="x()">one</p></li></ul>')).toBe(
      "<p>Hi <strong>there</strong></p><ul><li><p>one</p></li></ul>",
    );
    expect(cleanRichText('<p><a href="javascript:alert(1)">x</a></p>')).toBe('<p><a rel="nofollow noopener noreferrer ugc">x</a></p>');
    expect(cleanRichText("<p></p>")).toBe("");
    expect(cleanRichText("<p><br></p>")).toBe("");
    expect(cleanRichText("Plain & simple, 1 < 2")).toBe("Plain & simple, 1 < 2");
  });
});
