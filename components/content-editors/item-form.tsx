"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { FormAlert, formFields, showActionErrors } from "@/components/ui/form-errors";
import { saveContentAction } from "@/lib/content/actions";
import type { EditorItem, EditorKindName } from "@/lib/content/editor";
import { FORM_PARSE_OPTIONS } from "@/lib/content/form-parse";
import type { EditorConfig, EditorItemView, FieldSpec } from "./configs";
import { toFormValues, toInput, type FormValues } from "./form-values";

/**
 * The add/edit form of one row. It validates with the API's own schema (after turning the
 * inputs into the API's values), and the server action validates again with the same schema
 * and the services' rules; either way the message lands beside its field.
 */
export function ItemForm({
  kind,
  config,
  eventId,
  zone,
  item,
  position,
  onCancel,
  onSaved,
}: {
  kind: EditorKindName;
  config: EditorConfig;
  eventId: string;
  zone: string;
  item: EditorItemView | null;
  position: number;
  onCancel: () => void;
  onSaved: (saved: EditorItem) => void;
}) {
  // The schema's types are the API's, not the inputs' (hence the casts); values are converted first.
  const schemaResolver = zodResolver(config.schema as never, FORM_PARSE_OPTIONS as never) as unknown as Resolver<FormValues>;
  // Validate the converted values, but keep the inputs' own values in the form.
  const resolver: Resolver<FormValues> = async (values, context, options) => {
    const result = await schemaResolver(toInput(config, values, zone) as FormValues, context, options);
    return Object.keys(result.errors).length ? { values: {}, errors: result.errors } : { values, errors: {} };
  };
  const form = useForm<FormValues>({
    defaultValues: toFormValues(config, item, zone, position),
    resolver,
    mode: "onTouched",
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;
  const prefix = `${kind}-${item?.id ?? "new"}`;
  const title = item ? `Edit ${config.singular} “${String(item.name)}”` : `New ${config.singular}`;

  const onSubmit = async (values: FormValues) => {
    const result = await saveContentAction(kind, eventId, item?.id ?? null, toInput(config, values, zone));
    if (result.ok) return onSaved(result.data);
    const visible = config.fields.filter((field) => field.type !== "hidden").map((field) => field.name);
    showActionErrors(result, setError, formFields(visible));
  };

  const control = (field: FieldSpec) => {
    const id = `${prefix}-${field.name}`;
    const error = errors[field.name]?.message;
    const common = {
      id,
      "aria-invalid": Boolean(error) || undefined,
      "aria-describedby": describedBy(id, { hint: field.hint ?? (field.type === "datetime" ? true : undefined), error }),
      "aria-required": field.required || undefined,
      ...register(field.name),
    };
    switch (field.type) {
      case "hidden":
        return null;
      case "checkbox":
        return (
          <div key={field.name} className="space-y-1 sm:col-span-2">
            <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium text-slate-800">
              <input type="checkbox" className="size-4 rounded border-slate-300" {...common} />
              {field.label}
            </label>
            {error ? (
              <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
                {error}
              </p>
            ) : null}
          </div>
        );
      case "textarea":
        return (
          <div key={field.name} className="sm:col-span-2">
            <Field id={id} label={field.label} required={field.required} hint={field.hint} error={error}>
              <textarea rows={3} className={inputClasses} {...common} />
            </Field>
          </div>
        );
      case "select":
        return (
          <Field key={field.name} id={id} label={field.label} required={field.required} hint={field.hint} error={error}>
            <select className={inputClasses} {...common}>
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
        );
      case "datetime":
        return (
          <Field key={field.name} id={id} label={field.label} required={field.required} hint={field.hint ?? `In the event's time zone (${zone}).`} error={error}>
            <input type="datetime-local" className={inputClasses} {...common} />
          </Field>
        );
      case "number":
        return (
          <Field key={field.name} id={id} label={field.label} required={field.required} hint={field.hint} error={error}>
            <input type="number" inputMode="decimal" step={field.step ?? "1"} min={field.min} className={inputClasses} {...common} />
          </Field>
        );
      default:
        return (
          <Field key={field.name} id={id} label={field.label} required={field.required} hint={field.hint} error={error}>
            <input
              type={field.type === "url" ? "url" : "text"}
              inputMode={field.type === "url" ? "url" : undefined}
              placeholder={field.placeholder}
              autoComplete="off"
              className={inputClasses}
              {...common}
            />
          </Field>
        );
    }
  };

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={title}
      className="space-y-4 rounded-lg border border-brand-500/40 bg-white p-4 shadow-sm"
    >
      <h3 className="font-semibold">{title}</h3>
      <FormAlert message={errors.root?.server?.message} compact />
      <div className="grid gap-4 sm:grid-cols-2">{config.fields.map(control)}</div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : item ? "Save" : `Add ${config.singular}`}
        </Button>
      </div>
    </form>
  );
}
