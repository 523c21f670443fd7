"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from "react";
import { storedToHtml } from "@/lib/feeds/plain-text-html";
import { inputClasses } from "./field";

/** What the editor needs from its field: the wiring of a react-hook-form Controller plus the label's and notes' ids. */
export interface RichTextEditorProps {
  id: string;
  label: string;
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  /** HTML (or plain text, as older forms and the API stored it). */
  value: string;
  /** "" for an emptied editor, else its HTML. */
  onChange: (html: string) => void;
  onBlur?: () => void;
  /** Given `{ focus }`, so react-hook-form focuses the editor on an error. */
  inputRef?: Ref<{ focus: () => void }>;
}

const setRef = <T,>(ref: Ref<T> | undefined, value: T | null) => {
  if (typeof ref === "function") ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
};

/**
 * The formatting the public pages keep (lib/feeds/safe-html.ts): paragraphs, bold, italic,
 * underline, strike, lists, quotes and links. Headings, code blocks and rules are left out; what
 * the schema lacks is dropped from pasted markup (scripts, handlers, images, styles).
 */
const EXTENSIONS = [
  StarterKit.configure({
    heading: false,
    codeBlock: false,
    horizontalRule: false,
    // Its empty paragraph after a closing list would be sent as `<p></p>`; Enter twice leaves a list.
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      HTMLAttributes: { rel: "nofollow noopener noreferrer ugc", target: null },
    },
  }),
];

/** The editable element's id, name (its field's label), notes, state, and looks. */
const attributes = ({ id, labelId, describedBy, invalid, required }: Pick<RichTextEditorProps, "id" | "labelId" | "describedBy" | "invalid" | "required">) => ({
  id,
  role: "textbox",
  "aria-multiline": "true",
  "aria-labelledby": labelId,
  ...(describedBy ? { "aria-describedby": describedBy } : {}),
  ...(invalid ? { "aria-invalid": "true" } : {}),
  ...(required ? { "aria-required": "true" } : {}),
  class: `${inputClasses} rounded-t-none min-h-28 space-y-2 break-words [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5`,
});

const MARKS = [
  { name: "bold", label: "Bold", shortcut: "Control+B", text: "B", className: "font-bold", run: (editor: Editor) => editor.chain().focus().toggleBold().run() },
  { name: "italic", label: "Italic", shortcut: "Control+I", text: "I", className: "italic", run: (editor: Editor) => editor.chain().focus().toggleItalic().run() },
  { name: "bulletList", label: "Bulleted list", shortcut: "Control+Shift+8", text: "List", className: "", run: (editor: Editor) => editor.chain().focus().toggleBulletList().run() },
  { name: "orderedList", label: "Numbered list", shortcut: "Control+Shift+7", text: "List", className: "", run: (editor: Editor) => editor.chain().focus().toggleOrderedList().run() },
] as const;

/** The lists' icons: the visible word is "List" for both, which their names contain (as WCAG 2.5.3 asks). */
const ICONS: Partial<Record<(typeof MARKS)[number]["name"], ReactNode>> = {
  bulletList: (
    <svg viewBox="0 0 16 16" className="size-4" fill="currentColor">
      <circle cx="2.5" cy="4" r="1.5" />
      <circle cx="2.5" cy="12" r="1.5" />
      <rect x="6" y="3" width="9" height="2" rx="1" />
      <rect x="6" y="11" width="9" height="2" rx="1" />
    </svg>
  ),
  orderedList: (
    <svg viewBox="0 0 16 16" className="size-4" fill="currentColor">
      <rect x="2" y="1.5" width="1.6" height="5" />
      <path d="M1 10h3.5v1.4L2.6 13.4h1.9V15H1v-1.4l1.9-2H1z" />
      <rect x="6" y="3" width="9" height="2" rx="1" />
      <rect x="6" y="11" width="9" height="2" rx="1" />
    </svg>
  ),
};

const buttonClasses =
  "min-h-9 min-w-9 rounded border border-transparent px-2 text-sm text-slate-800 hover:bg-slate-100 aria-pressed:border-slate-300 aria-pressed:bg-slate-200";

/** A toolbar's arrow keys move between its buttons (one tab stop, as WAI-ARIA's toolbar pattern). */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const keys: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
  const step = keys[event.key];
  if (step === undefined) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button")];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const next = step === -Infinity ? 0 : step === Infinity ? buttons.length - 1 : (at + step + buttons.length) % buttons.length;
  for (const [index, button] of buttons.entries()) button.tabIndex = index === next ? 0 : -1;
  buttons[next]?.focus();
}

/**
 * A rich-text editor (TipTap, producing HTML) with a toolbar for bold, italic, lists and links.
 * Loaded only where a form shows a paragraph field (rich-text-field.tsx imports it lazily).
 */
export default function RichTextEditor({ id, label, labelId, describedBy, invalid, required, value, onChange, onBlur, inputRef }: RichTextEditorProps) {
  // The HTML this editor last gave the form: a value that differs comes from outside (a reset).
  const emitted = useRef(value);
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: storedToHtml(value),
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: updated }) => {
      const html = updated.isEmpty ? "" : updated.getHTML();
      emitted.current = html;
      onChange(html);
    },
    onBlur: () => onBlur?.(),
    editorProps: { attributes: attributes({ id, labelId, describedBy, invalid, required }) },
  });

  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: attributes({ id, labelId, describedBy, invalid, required }) } });
  }, [editor, id, labelId, describedBy, invalid, required]);

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(storedToHtml(value), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    setRef(inputRef, { focus: () => editor.commands.focus() });
    return () => setRef(inputRef, null);
  }, [editor, inputRef]);

  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
      link: current.isActive("link"),
    }),
  });

  const [linking, setLinking] = useState<string | null>(null);
  const applyLink = () => {
    const href = linking?.trim() ?? "";
    const chain = editor.chain().focus().extendMarkRange("link");
    if (!href) chain.unsetLink().run();
    // With nothing selected the address itself becomes the link's text.
    else if (editor.state.selection.empty && !editor.isActive("link")) chain.insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    setLinking(null);
  };

  return (
    <div>
      <div
        role="toolbar"
        aria-label={`Formatting of ${label}`}
        aria-controls={id}
        onKeyDown={moveFocus}
        className="flex flex-wrap gap-1 rounded-t-md border border-b-0 border-slate-300 bg-slate-50 p-1"
      >
        {MARKS.map((mark, index) => (
          <button
            key={mark.name}
            type="button"
            tabIndex={index === 0 ? 0 : -1}
            aria-label={mark.label}
            aria-keyshortcuts={mark.shortcut}
            aria-pressed={active[mark.name]}
            className={`${buttonClasses} ${mark.className}`}
            onClick={() => mark.run(editor)}
          >
            <span aria-hidden="true" className="flex items-center gap-1">
              {ICONS[mark.name]}
              {mark.text}
            </span>
          </button>
        ))}
        <button
          type="button"
          tabIndex={-1}
          aria-label="Link"
          aria-pressed={active.link}
          aria-expanded={linking !== null}
          className={`${buttonClasses} underline`}
          onClick={() => setLinking(linking === null ? ((editor.getAttributes("link").href as string | undefined) ?? "") : null)}
        >
          <span aria-hidden="true">Link</span>
        </button>
      </div>
      {linking !== null ? (
        <div className="flex flex-wrap items-center gap-2 border border-b-0 border-slate-300 bg-slate-50 p-2">
          <input
            type="url"
            inputMode="url"
            placeholder="https://"
            aria-label={`Link address in ${label}`}
            className={`${inputClasses} w-auto min-w-0 flex-1`}
            value={linking}
            autoFocus
            onChange={(event) => setLinking(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                applyLink();
              } else if (event.key === "Escape") {
                event.preventDefault();
                setLinking(null);
                editor.commands.focus();
              }
            }}
          />
          <button type="button" className={buttonClasses} onClick={applyLink}>
            {linking.trim() ? "Apply link" : "Remove link"}
          </button>
          <button
            type="button"
            className={buttonClasses}
            onClick={() => {
              setLinking(null);
              editor.commands.focus();
            }}
          >
            Cancel
          </button>
        </div>
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
