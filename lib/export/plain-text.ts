import { Parser } from "htmlparser2";

/*
 * Abstracts and biographies are stored as HTML (rich-text editor); calendars and frab want
 * plain text. `html-to-text` was measured at ~0.11 ms per short abstract (226 ms for 2,000),
 * more than the whole iCal budget, so this walks htmlparser2's events directly (~4 µs each):
 * htmlparser2 does the hard parts (malformed markup, all HTML entities), this only decides
 * where line breaks go.
 */

const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table",
  "tr", "ul",
]);
const BLANK_BY_BREAK = /[ \t\f\v]\n|\n[ \t\f\v]/;
/** Whitespace that collapsing to single spaces would change. */
const COLLAPSIBLE = /[\t\r\n\f]| {2}/;
// Their text is not content.
const SKIPPED = new Set(["script", "style", "head", "title", "template"]);

/**
 * One parser for every call: building htmlparser2's parser and tokenizer per abstract cost more
 * than parsing one. Calls never overlap (the handlers run synchronously inside `write`/`end`).
 */
const state = { out: "", skipping: 0, pre: 0, markup: false };

/**
 * Line breaks for a tag, at most two in a row: more would be collapsed by `normalize` anyway,
 * and not writing them spares it a pass. None at the start (trimmed anyway).
 */
function breaks(count: 1 | 2): void {
  const { out } = state;
  if (out === "") return;
  const trailing = out.endsWith("\n\n") ? 2 : out.endsWith("\n") ? 1 : 0;
  if (trailing < 2) state.out += count === 2 && trailing === 0 ? "\n\n" : "\n";
}

const parser = new Parser(
  {
    ontext(text) {
      if (state.skipping > 0) return;
      // Collapsing only when there is something to collapse saves a copy of most text nodes.
      state.out += state.markup && state.pre === 0 && COLLAPSIBLE.test(text) ? text.replace(/[ \t\r\n\f]+/g, " ") : text;
    },
    onopentag(name) {
      if (name === "pre") state.pre++;
      if (SKIPPED.has(name)) state.skipping++;
      else if (name === "br") breaks(1);
      else if (name === "li") {
        breaks(1);
        state.out += "- ";
      } else if (name === "td" || name === "th") state.out += " ";
      else if (BLOCKS.has(name)) breaks(2);
    },
    onclosetag(name) {
      if (name === "pre") state.pre = Math.max(0, state.pre - 1);
      if (SKIPPED.has(name)) state.skipping = Math.max(0, state.skipping - 1);
      else if (BLOCKS.has(name)) breaks(2);
    },
  },
  { decodeEntities: true },
);

/** Plain text of an HTML fragment: tags dropped, entities decoded, blocks → blank lines, <br> → newline, <li> → "- ". */
export function htmlToPlainText(html: string | null | undefined): string {
  if (!html) return "";
  // Fast path: nothing to parse (no tags, no entities).
  if (!/[<&]/.test(html)) return normalize(html);
  // Without tags the text is plain text with entities (e.g. "Q&amp;A"): keep its line breaks.
  // With tags, source whitespace is insignificant as in a browser, except inside <pre>.
  state.out = "";
  state.skipping = 0;
  state.pre = 0;
  state.markup = /<[a-zA-Z!/]/.test(html);
  parser.reset();
  parser.write(html);
  parser.end();
  return normalize(state.out);
}

function normalize(text: string): string {
  // Each step only when it can change something (most abstracts have no CR and no blank runs).
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text.includes("\n")) {
    if (BLANK_BY_BREAK.test(text)) text = text.replace(/[ \t\f\v]*\n[ \t\f\v]*/g, "\n"); // blanks around line breaks
    if (text.includes("\n\n\n")) text = text.replace(/\n{3,}/g, "\n\n");
  }
  return text.trim();
}
