/**
 * RFC 5545 §3.1 line folding: content lines longer than 75 octets are split with CRLF + one
 * space, never inside a multi-octet UTF-8 sequence.
 *
 * ical-generator 11 folds with a per-character string loop that, on a 2,000-session calendar,
 * costs more than the rest of the rendering (most of it garbage collection). Here only lines
 * that can be too long are looked at (most content lines are short ASCII), with the same fold
 * points (at most 74 octets of content per physical line, as ical-generator), so the output is
 * byte-identical (a test compares them).
 */
const FOLD_OCTETS = 74;
/** A line of at most this many UTF-16 units cannot exceed FOLD_OCTETS octets (4 octets each at most). */
const ALWAYS_SHORT = Math.floor(FOLD_OCTETS / 4);

/** Folds one content line that is longer than FOLD_OCTETS octets. */
function foldLine(line: string): string {
  let out = "";
  let start = 0;
  let count = 0; // octets on the current physical line
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // UTF-8 length of the character starting here; a surrogate pair is one 4-octet character.
    const next = line.charCodeAt(i + 1); // NaN past the end
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const length = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (count + length > FOLD_OCTETS) {
      out += line.slice(start, i) + "\r\n ";
      start = i;
      count = 0;
    }
    count += length;
    if (pair) i++;
  }
  return out + line.slice(start);
}

/** Whether text[start, end) takes more than `limit` octets in UTF-8 (stops counting once it does). */
function longerThan(text: string, start: number, end: number, limit: number): boolean {
  let octets = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? (i++, 4) : 3;
    if (octets > limit) return true;
  }
  return false;
}

const NON_ASCII = /[^\x00-\x7f]/g;

/** Folds every line of unfolded CRLF-separated iCalendar text. */
export function foldLines(text: string): string {
  // A line of at most FOLD_OCTETS UTF-16 units is too long only if it has non-ASCII characters
  // (more than one octet each): the regular expression finds them, so that only such lines are
  // counted octet by octet.
  NON_ASCII.lastIndex = 0;
  let nonAscii = NON_ASCII.exec(text)?.index ?? Infinity;
  // One pass over the line breaks; only lines that need folding are copied.
  let out = "";
  let copied = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\r\n", start);
    if (end < 0) end = text.length;
    const length = end - start;
    if (nonAscii < start) {
      NON_ASCII.lastIndex = start;
      nonAscii = NON_ASCII.exec(text)?.index ?? Infinity;
    }
    if (length > ALWAYS_SHORT && (length > FOLD_OCTETS || (nonAscii < end && longerThan(text, start, end, FOLD_OCTETS)))) {
      out += text.slice(copied, start) + foldLine(text.slice(start, end));
      copied = end;
    }
    start = end + 2;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
