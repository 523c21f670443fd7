"use client";

import type { ReactNode } from "react";
import { Controller, type Control, type FieldValues, type Path, type UseFormRegister } from "react-hook-form";
import { controlProps, describedBy, Field, FieldNotes, RequiredMark, SelectField, TextField } from "@/components/ui/field";
import { ImageUpload } from "@/components/ui/image-upload";
import { RichTextField } from "@/components/ui/rich-text-field";
import type { FormField } from "@/lib/custom-forms/form-schema";

/** What a field's `min`/`max` mean to the person filling it. */
function boundsHint(field: FormField): string | undefined {
  if (field.type !== "number" && field.type !== "year") return undefined;
  if (field.min !== null && field.max !== null) return `Between ${field.min} and ${field.max}.`;
  if (field.min !== null) return `At least ${field.min}.`;
  if (field.max !== null) return `At most ${field.max}.`;
  return undefined;
}

/** The description and the bounds, in one hint. */
function hintOf(field: FormField): string | undefined {
  return [field.description, boundsHint(field)].filter(Boolean).join(" ") || undefined;
}

const INPUT_TYPES: Readonly<Record<string, { type: string; inputMode?: "url" | "email" | "decimal" | "numeric"; placeholder?: string }>> = {
  email: { type: "email", inputMode: "email" },
  url: { type: "url", inputMode: "url", placeholder: "https://" },
  number: { type: "text", inputMode: "decimal" },
  year: { type: "text", inputMode: "numeric", placeholder: "YYYY" },
};

/** A group of choices (checkboxes, yes/no) with its legend, hint and error. */
function ChoiceGroup({ id, field, error, children }: { id: string; field: FormField; error?: string; children: ReactNode }) {
  const hint = hintOf(field);
  return (
    <fieldset id={id} aria-describedby={describedBy(id, { hint, error })} className="space-y-1">
      <legend className="text-sm font-medium text-slate-800">
        {field.name}
        <RequiredMark required={field.isRequired} />
      </legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">{children}</div>
      <FieldNotes id={id} hint={hint} error={error} />
    </fieldset>
  );
}

const checkClasses = "size-4 accent-brand-600";

/**
 * One field of an event's session or speaker form, rendered by its type (the same for built-in
 * and custom fields): a text input, a rich-text editor for paragraphs, a select or checkboxes among its
 * options, yes/no radios, and for images and files a URL input with an upload button (the
 * upload API stores the file and the URL is the answer). `name` is the react-hook-form path of
 * its value (`slidesUrl`, `complexFieldValues.<identifier>`); required fields are marked.
 */
export function FormFieldInput<T extends FieldValues, TOut = T>({
  field,
  name,
  id,
  register,
  control,
  error,
}: {
  field: FormField;
  name: string;
  id: string;
  register: UseFormRegister<T>;
  control: Control<T, unknown, TOut>;
  error?: string;
}) {
  const path = name as Path<T>;
  const hint = hintOf(field);
  const common = { id, label: field.name, hint, error, required: field.isRequired };
  switch (field.type) {
    case "paragraph":
    case "richtextlink":
      return <RichTextField {...common} name={name} control={control} />;
    case "select":
      return <SelectField {...common} empty="Choose…" choices={field.options.map((option) => ({ id: option, name: option }))} registration={register(path)} />;
    case "boolean":
      return (
        <ChoiceGroup id={id} field={field} error={error}>
          {(["true", "false"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" value={value} className={checkClasses} {...register(path)} />
              {value === "true" ? "Yes" : "No"}
            </label>
          ))}
        </ChoiceGroup>
      );
    case "checkbox":
      return (
        <Controller
          control={control}
          name={path}
          render={({ field: controlled }) => {
            const chosen: string[] = Array.isArray(controlled.value) ? (controlled.value as string[]) : [];
            return (
              <ChoiceGroup id={id} field={field} error={error}>
                {field.options.map((option, index) => (
                  <label key={option} className="flex items-center gap-2 text-sm text-slate-800">
                    <input
                      type="checkbox"
                      ref={index === 0 ? controlled.ref : undefined}
                      className={checkClasses}
                      checked={chosen.includes(option)}
                      aria-invalid={Boolean(error) || undefined}
                      onBlur={controlled.onBlur}
                      onChange={(event) =>
                        controlled.onChange(event.target.checked ? [...chosen, option] : chosen.filter((value) => value !== option))
                      }
                    />
                    {option}
                  </label>
                ))}
              </ChoiceGroup>
            );
          }}
        />
      );
    case "image":
    case "file":
      return (
        <Controller
          control={control}
          name={path}
          render={({ field: controlled }) => (
            <Field {...common}>
              <input
                type="url"
                inputMode="url"
                placeholder="https://"
                {...controlProps(id, { hint, error, required: field.isRequired })}
                name={controlled.name}
                ref={controlled.ref}
                value={typeof controlled.value === "string" ? controlled.value : ""}
                onBlur={controlled.onBlur}
                onChange={(event) => controlled.onChange(event.target.value)}
              />
              <ImageUpload
                kind={field.type === "image" ? "image" : "file"}
                label={field.type === "image" ? `Upload an image for ${field.name}…` : `Upload a file for ${field.name}…`}
                value={typeof controlled.value === "string" ? controlled.value : ""}
                onUploaded={(url) => controlled.onChange(url)}
              />
            </Field>
          )}
        />
      );
    default: {
      const input = INPUT_TYPES[field.type] ?? { type: "text" };
      return <TextField {...common} {...input} autoComplete="off" registration={register(path)} />;
    }
  }
}
