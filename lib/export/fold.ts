/**
 * RFC 5545 §3.1 line folding: content lines longer than 75 octets are split with CRLF + one
 * space, never inside a multi-octet UTF-8 sequence.
 *
 * ical-generator 11 folds with a per-character string loop that, on a 2,000-session calendar,
 * costs more than the rest of the rendering (most of it garbage collection). This makes one pass
 * over the UTF-8 bytes with the same fold points (at most 74 octets of content per physical
 * line, as ical-generator), so the output is byte-identical (a test compares them).
 */
const FOLD_OCTETS = 74;
const FOLD = Buffer.from("\r\n ", "latin1");

/** Folds every line of unfolded CRLF-separated iCalendar text. */
export function foldLines(text: string): string {
  const input = Buffer.from(text, "utf8");
  // Worst case: a fold (3 octets) every 74 octets (fewer with multi-octet characters).
  const output = Buffer.allocUnsafe(input.length + Math.ceil(input.length / FOLD_OCTETS) * FOLD.length);
  let written = 0;
  let copied = 0; // input[copied, i) is pending copy
  let count = 0; // octets on the current physical line
  for (let i = 0; i < input.length; i++) {
    const byte = input[i]!;
    if (byte === 0x0d && input[i + 1] === 0x0a) {
      count = 0;
      i++;
      continue;
    }
    if ((byte & 0xc0) === 0x80) continue; // UTF-8 continuation byte: belongs to the character before
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    if (count + length > FOLD_OCTETS) {
      written += input.copy(output, written, copied, i);
      written += FOLD.copy(output, written);
      copied = i;
      count = 0;
    }
    count += length;
  }
  written += input.copy(output, written, copied, input.length);
  return output.toString("utf8", 0, written);
}
