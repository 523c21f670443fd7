/**
 * Abstracts, biographies and paragraph answers are HTML from the forms' editors, or plain text
 * from older forms, the API and imports. These helpers tell them apart and turn plain text into
 * the HTML an editor or a page shows. No server modules: the browser's editor uses them too.
 */

/** Whether a stored value is markup (a tag, a comment or a closing tag) rather than plain text. */
export const isMarkup = (stored: string): boolean => /<[a-zA-Z!/]/.test(stored);

// In plain text, entities ("Q&amp;A") stay entities; a bare & and angle brackets are text.
const BARE_AMPERSAND = /&(?!(?:[a-zA-Z][a-zA-Z\d]*|#\d+|#x[\da-fA-F]+);)/g;
const escapeText = (text: string) => text.replace(BARE_AMPERSAND, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Plain text as HTML: its blank-line-separated paragraphs as `<p>`, its line breaks as `<br>`. */
export const plainTextToHtml = (text: string): string =>
  text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => `<p>${escapeText(paragraph).replace(/\r?\n/g, "<br>")}</p>`)
    .join("");

/** The stored value as HTML (markup as it is, plain text converted); "" for none. */
export const storedToHtml = (stored: string | null | undefined): string => (!stored?.trim() ? "" : isMarkup(stored) ? stored : plainTextToHtml(stored));

/**
 * Whether rich text says nothing: blank, or markup without text (`<p></p>`, `<p><br></p>`, an
 * empty list) as an editor sends for an emptied field.
 */
export const isBlankRichText = (value: string): boolean =>
  !value
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;|&#160;|&#xa0;/gi, "")
    .replace(/\s/g, "")
    .length;
