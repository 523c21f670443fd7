import sanitizeHtml from "sanitize-html";

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

// In plain text, entities ("Q&amp;A") stay entities; a bare & and angle brackets are text.
const BARE_AMPERSAND = /&(?!(?:[a-zA-Z][a-zA-Z\d]*|#\d+|#x[\da-fA-F]+);)/g;
const plainToHtml = (text: string) => text.replace(BARE_AMPERSAND, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Safe HTML for `dangerouslySetInnerHTML`; "" for empty input. Plain text keeps its paragraphs and line breaks. */
export function safeHtml(stored: string | null | undefined): string {
  if (!stored?.trim()) return "";
  const html = /<[a-zA-Z!/]/.test(stored)
    ? stored
    : stored
        .trim()
        .split(/\r?\n\s*\r?\n/)
        .map((paragraph) => `<p>${plainToHtml(paragraph).replace(/\r?\n/g, "<br>")}</p>`)
        .join("");
  return sanitizeHtml(html, OPTIONS).trim();
}
