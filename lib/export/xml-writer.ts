/*
 * A forward-only XML writer for the XML exports (xCal, frab): elements, attributes and text,
 * indented by two spaces, appended to one string.
 *
 * The exports used xmlbuilder2's streaming builder (`createCB`), which builds a DOM fragment for
 * every `ele` and `txt` call before writing it (44 % of a frab render was spent initialising
 * DOM nodes): 2.0 s for xCal and 2.8 s for frab XML on the bench's 2,000-session event. Its DOM
 * builder (`create` with one object tree, then `end`) still took about 0.85 s for a smaller
 * document; Python's xml.etree builds the xCal in about 0.2 s of CPU. Written directly, the
 * markup of either document costs tens of milliseconds. The output is byte for byte what
 * `createCB({ prettyPrint: true, invalidCharReplacement: "\uFFFD" })` wrote for the bench's
 * event, except that every `&` in text and attribute values is escaped: xmlbuilder2 left `&amp;`,
 * `&lt;`, … in the input as they were, so a title written as `a &amp; b` came back as `a & b`.
 */

// Not XML 1.0 §2.2 Chars: controls and U+FFFE/FFFF here, lone surrogates by `isWellFormed`;
// each UTF-16 unit becomes U+FFFD. (One regex with look-arounds for the surrogates ran on
// every title holding an emoji, valid pairs included, and cost more than the rest of the
// escaping.)
const INVALID_UNITS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const MAYBE_INVALID_UNIT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const TEXT_SPECIALS = /[&<>]/;
const ATTRIBUTE_SPECIALS = /[&<>"]/;

// ES2024 string methods (Node 20 has them; the project's `lib` is ES2023).
type WellFormedString = string & { isWellFormed(): boolean; toWellFormed(): string };

function clean(value: string): string {
  const text = value as WellFormedString;
  const wellFormed = text.isWellFormed() ? value : text.toWellFormed();
  return MAYBE_INVALID_UNIT.test(wellFormed) ? wellFormed.replace(INVALID_UNITS, "\uFFFD") : wellFormed;
}

// Anything escapeText or escapeAttribute may change: a text without any is written as it is,
// after one scan instead of three (surrogates include valid pairs, which take the long way).
const TEXT_ATTENTION = /[\x00-\x08\x0B\x0C\x0E-\x1F&<>\uD800-\uDFFF\uFFFE\uFFFF]/;
const ATTRIBUTE_ATTENTION = /[\x00-\x08\x0B\x0C\x0E-\x1F&<>"\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeText(value: string): string {
  if (!TEXT_ATTENTION.test(value)) return value;
  const text = clean(value);
  return TEXT_SPECIALS.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;
}

export function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_ATTENTION.test(value)) return value;
  const text = clean(value);
  return ATTRIBUTE_SPECIALS.test(text)
    ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
    : text;
}

export type XmlAttributes = Readonly<Record<string, string | undefined>>;

const PIECE_LENGTH = 16 * 1024;

/** `value` as one flat string (V8 flattens a rope in place when a regex reads it). */
function flat(value: string): string {
  FLATTEN.test(value);
  return value;
}
const FLATTEN = /^/;

const INDENT = Array.from({ length: 32 }, (_, depth) => "\n" + "  ".repeat(depth));

function indent(depth: number): string {
  return INDENT[depth] ?? "\n" + "  ".repeat(depth);
}

function attributeMarkup(attributes: XmlAttributes | undefined): string {
  if (!attributes) return "";
  let markup = "";
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) markup += ` ${name}="${escapeAttribute(value)}"`;
  }
  return markup;
}

/**
 * `open`/`close` nest elements, `leaf` writes `<name>text</name>` on one line, `empty` writes
 * `<name/>`; an element opened and closed without content is written `<name/>` too. Names are
 * the caller's constants or iCalendar names and are written as given.
 */
export class XmlWriter {
  private out: string;
  // Finished pieces of the document. Appending every tag to one string builds a rope whose
  // nodes all live until the end, and the young-generation GC copied them again and again (40 %
  // of a frab XML render); a piece is made flat once it is long enough, and its rope nodes die
  // young.
  private readonly pieces: string[] = [];
  // Per open element: whether its start tag is still waiting for `>` (no content yet).
  private readonly pending: boolean[] = [];
  private readonly names: string[] = [];

  constructor(prolog = '<?xml version="1.0" encoding="UTF-8"?>') {
    this.out = prolog;
  }

  /**
   * The markup `write` makes as it would be written inside `depth` open elements that already
   * have content: for `raw`, to write a repeated piece once and copy it.
   */
  static fragment(depth: number, write: (xml: XmlWriter) => void): string {
    const xml = new XmlWriter("");
    for (let level = 0; level < depth; level++) {
      xml.names.push("");
      xml.pending.push(false);
    }
    write(xml);
    if (xml.names.length !== depth) throw new Error("XmlWriter.fragment: elements left open or closed too often");
    // Flat: a rope copied into the document would be walked again at every copy.
    return flat(xml.pieces.join("") + xml.out);
  }

  /** Elements opened now are this deep (the root is 0). */
  get depth(): number {
    return this.names.length;
  }

  /** Markup from `fragment` made at the current depth, written as it is. */
  raw(markup: string): this {
    this.startContent();
    this.out += markup;
    this.flushIfLong();
    return this;
  }

  private startContent(): void {
    const last = this.pending.length - 1;
    if (last >= 0 && this.pending[last]) {
      this.out += ">";
      this.pending[last] = false;
    }
  }

  open(name: string, attributes?: XmlAttributes): this {
    this.startContent();
    this.out += `${indent(this.names.length)}<${name}${attributeMarkup(attributes)}`;
    this.names.push(name);
    this.pending.push(true);
    return this;
  }

  close(): this {
    const name = this.names.pop();
    if (name === undefined) throw new Error("XmlWriter: close() without an open element");
    this.out += this.pending.pop() ? "/>" : `${indent(this.names.length)}</${name}>`;
    this.flushIfLong();
    return this;
  }

  leaf(name: string, text: string, attributes?: XmlAttributes): this {
    this.startContent();
    this.out += `${indent(this.names.length)}<${name}${attributeMarkup(attributes)}>${escapeText(text)}</${name}>`;
    this.flushIfLong();
    return this;
  }

  empty(name: string, attributes?: XmlAttributes): this {
    this.startContent();
    this.out += `${indent(this.names.length)}<${name}${attributeMarkup(attributes)}/>`;
    return this;
  }

  /** The document, with the elements still open closed, ending in a newline. */
  end(): string {
    while (this.names.length) this.close();
    this.pieces.push(this.out, "\n");
    this.out = "";
    return this.pieces.join("");
  }

  private flushIfLong(): void {
    if (this.out.length >= PIECE_LENGTH) {
      this.pieces.push(flat(this.out));
      this.out = "";
    }
  }
}
