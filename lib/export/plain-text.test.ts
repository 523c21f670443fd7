import { describe, expect, it } from "vitest";
import { htmlToPlainText } from "./plain-text";

describe("htmlToPlainText", () => {
  it.each([
    [null, ""],
    ["", ""],
    ["Plain text", "Plain text"],
    ["  Line one\r\n  Line two  \n\n\n\nThree ", "Line one\nLine two\n\nThree"],
    ["Q&amp;A &lt;b&gt; &#39;x&#39; &eacute;", "Q&A <b> 'x' é"],
    ["<p>Hello <b>world</b></p><p>Second&nbsp;para</p>", "Hello world\n\nSecond\u00a0para"],
    ["a<br>b<br/>c", "a\nb\nc"],
    ["a<br><br><br><br>b", "a\n\nb"],
    ["<ul><li>One</li><li>Two <i>2</i></li></ul>after", "- One\n- Two 2\n\nafter"],
    ["<pre>  keep\n    this  </pre><p>x   y\n z</p>", "keep\nthis\n\nx y z"],
    ["<script>alert(1)</script><style>p{}</style>Visible", "Visible"],
    ["<p>Unclosed <b>bold<p>next", "Unclosed bold\n\nnext"],
    ["<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>", "a b\n\nc"],
    ["<div>\n  <h1>Title</h1>\n  text\n</div>", "Title\n\ntext"],
    ["x &amp; y <", "x & y <"],
    ["<p>   </p><p>\t</p>", ""],
    ["<!-- c -->text<!DOCTYPE html>", "text"],
    ["Tab\there", "Tab\there"],
    ["<P>Upper</P><BR>Case", "Upper\n\nCase"],
  ])("%j → %j", (html, text) => {
    expect(htmlToPlainText(html)).toBe(text);
  });

  it("never leaves blank runs: at most one empty line, no blanks at line ends, trimmed", () => {
    const pieces = ["<p>", "</p>", "<br>", "<li>", "<ul>", "</ul>", "<pre>", "</pre>", "<td>", "<div>", " ", "\n", "\r\n", "\t", "word", "&nbsp;", "<h2>", "</h2>"];
    let seed = 3;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 2_000; n++) {
      let html = "";
      for (let i = Math.floor(random() * 12); i > 0; i--) html += pieces[Math.floor(random() * pieces.length)];
      const text = htmlToPlainText(html);
      expect(text).not.toMatch(/\n\n\n|[ \t]\n|\n[ \t]|\r/);
      expect(text).toBe(text.trim());
    }
  });
});
