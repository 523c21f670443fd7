"use client";

import dynamic from "next/dynamic";
import { useRef } from "react";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { describedBy, FieldNotes, inputClasses, RequiredMark } from "./field";

// The editor (TipTap and ProseMirror) is loaded only by pages that show a paragraph field.
const RichTextEditor = dynamic(() => import("./rich-text-editor"), {
  ssr: false,
  loading: () => <div aria-hidden="true" className={`${inputClasses} min-h-40 bg-slate-50`} />,
});

/**
 * A rich-text field of a react-hook-form form (abstracts, biographies, paragraph answers): its
 * label, the editor (HTML; "" when emptied) with its formatting toolbar, its hint and error —
 * wired as `Field` wires a text input (the editable element is named by the label and described
 * by the notes).
 */
export function RichTextField<T extends FieldValues, TOut = T>({
  id,
  name,
  label,
  hint,
  error,
  required,
  control,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  control: Control<T, unknown, TOut>;
}) {
  const labelId = `${id}-label`;
  const editor = useRef<{ focus: () => void } | null>(null);
  return (
    <div className="space-y-1">
      {/* The editable element is not a labelable element: it names itself by this label (aria-labelledby), and a click on the label focuses it. */}
      <label id={labelId} className="block text-sm font-medium text-slate-800" onClick={() => editor.current?.focus()}>
        {label}
        <RequiredMark required={required} />
      </label>
      <Controller
        control={control}
        name={name as Path<T>}
        render={({ field }) => (
          <RichTextEditor
            id={id}
            label={label}
            labelId={labelId}
            describedBy={describedBy(id, { hint, error })}
            invalid={Boolean(error)}
            required={required}
            value={typeof field.value === "string" ? field.value : ""}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={(handle) => {
              editor.current = handle;
              field.ref(handle);
            }}
          />
        )}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
