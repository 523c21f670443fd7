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

// Not XML 1.0 §2.2 Chars (controls, U+FFFE/FFFF, lone surrogates): each UTF-16 unit becomes
// U+FFFD. Without the `u` flag, which made this test cost more than the rest of the escaping.
const INVALID_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Anything INVALID_CHARS could match (surrogates included, valid pairs too): a cheap first test.
const MAYBE_INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const TEXT_SPECIALS = /[&<>]/;
const ATTRIBUTE_SPECIALS = /[&<>"]/;

function clean(value: string): string {
  return MAYBE_INVALID.test(value) ? value.replace(INVALID_CHARS, "\uFFFD") : value;
}

export function escapeText(value: string): string {
  const text = clean(value);
  return TEXT_SPECIALS.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;
}

export function escapeAttribute(value: string): string {
  const text = clean(value);
  return ATTRIBUTE_SPECIALS.test(text)
    ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
    : text;
}

export type XmlAttributes = Readonly<Record<string, string | undefined>>;

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
  // Per open element: whether its start tag is still waiting for `>` (no content yet).
  private readonly pending: boolean[] = [];
  private readonly names: string[] = [];

  constructor() {
    this.out = '<?xml version="1.0" encoding="UTF-8"?>';
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
    return this;
  }

  leaf(name: string, text: string, attributes?: XmlAttributes): this {
    this.startContent();
    this.out += `${indent(this.names.length)}<${name}${attributeMarkup(attributes)}>${escapeText(text)}</${name}>`;
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
    return this.out + "\n";
  }
}
