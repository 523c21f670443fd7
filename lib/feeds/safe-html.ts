import sanitizeHtml from "sanitize-html";
import { isBlankRichText, isMarkup, storedToHtml } from "./plain-text-html";

/**
 * Abstracts and biographies are stored as HTML from organisers' and speakers' editors (or as
 * plain text from forms and imports). The public pages render them through this allow-list:
 * text formatting, lists and links only; no scripts, styles, event handlers, images or
 * iframes; links get `rel="nofollow noopener noreferrer ugc"` and only http(s)/mailto.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "a", "blockquote", "code", "pre", "h3", "h4", "h5", "h6"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  // The page owns h1/h2; stored headings become subheadings.
  transformTags: {
    h1: "h3",
    h2: "h3",
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer ugc" }),
  },
  disallowedTagsMode: "discard",
};

/** Safe HTML for `dangerouslySetInnerHTML`; "" for empty input. Plain text keeps its paragraphs and line breaks. */
export function safeHtml(stored: string | null | undefined): string {
  const html = storedToHtml(stored);
  return html ? sanitizeHtml(html, OPTIONS).trim() : "";
}

/**
 * A value as stored from a rich-text field: markup through the same allow-list (a script, an
 * event handler or a `javascript:` link never reaches the database), plain text as it is;
 * "" for markup without text (an emptied editor's `<p></p>`).
 */
export function cleanRichText(value: string): string {
  if (!isMarkup(value)) return value;
  return isBlankRichText(value) ? "" : sanitizeHtml(value, OPTIONS).trim();
}
