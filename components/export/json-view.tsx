import type { ReactNode } from "react";

/**
 * Pretty-printed JSON with syntax colours. The text is tokenised and rendered as React text
 * nodes (escaped by React), never as HTML, so a response holding markup shows it as text.
 */
const TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([{}[\],])/g;

const CLASSES = {
  key: "text-sky-700",
  string: "text-emerald-700",
  literal: "text-fuchsia-700",
  number: "text-amber-700",
  punctuation: "text-slate-500",
} as const;

export function highlightJson(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  let index = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    if (start > last) nodes.push(text.slice(last, start));
    const [whole, string, colon, literal, number] = match;
    const kind: keyof typeof CLASSES = string ? (colon ? "key" : "string") : literal ? "literal" : number ? "number" : "punctuation";
    nodes.push(
      <span key={index++} className={CLASSES[kind]} data-token={kind}>
        {string ?? whole}
      </span>,
    );
    if (string && colon) nodes.push(colon);
    last = start + whole.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

export function JsonView({ value, label }: { value: unknown; label: string }) {
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-4 font-mono text-xs leading-relaxed"
    >
      <code>{highlightJson(JSON.stringify(value, null, 2))}</code>
    </pre>
  );
}
