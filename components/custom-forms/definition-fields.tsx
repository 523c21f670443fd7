"use client";

import { get, type Control, type FieldErrors, type FieldValues, type Path, type UseFormRegister } from "react-hook-form";
import { SelectField } from "@/components/ui/field";
import { builtInField, type FormKind } from "@/lib/custom-forms/fields";
import { askedFields, type FormDefinition, type FormField } from "@/lib/custom-forms/form-schema";
import { FormFieldInput } from "./form-field-input";

/** Where a field's value lives in a form that holds one of the event's forms as it is (`slidesUrl`, `complexFieldValues.<identifier>`). */
export const fieldName = (field: FormField): string =>
  field.isComplex ? `complexFieldValues.${field.fieldIdentifier}` : (builtInField(field.form, field.fieldIdentifier)?.key ?? field.fieldIdentifier);

/** A relationship's select: its value is the chosen row's id, or null for none. */
const idOrNull = (value: string) => (value === "" ? null : Number(value));

/**
 * The fields one of the event's forms asks for, in the organizers' order, required ones marked,
 * each by its type (FormFieldInput). The track and session type are selects of `choices`. Used by
 * the proposal page (and the builder's preview of it), the speaker's edit pages and the
 * dashboard's session and speaker forms.
 */
export function DefinitionFields<T extends FieldValues, TOut = T>({
  definition,
  form,
  audience = "speaker",
  idPrefix,
  nameOf = fieldName,
  choices = {},
  emptyChoice = "No preference",
  relationshipValue = idOrNull,
  skip,
  register,
  control,
  errors,
}: {
  definition: FormDefinition;
  form: FormKind;
  audience?: "speaker" | "organizer";
  idPrefix: string;
  nameOf?: (field: FormField) => string;
  /** The options of the built-in selects by input key (`trackId`, `sessionTypeId`). */
  choices?: Readonly<Record<string, readonly { id: number; name: string }[]>>;
  emptyChoice?: string;
  relationshipValue?: (value: string) => unknown;
  /** Fields the form renders in its own way (by identifier). */
  skip?: ReadonlySet<string>;
  register: UseFormRegister<T>;
  control: Control<T, unknown, TOut>;
  errors: FieldErrors<T>;
}) {
  const fields = askedFields(definition, form, { audience }).filter((field) => !skip?.has(field.fieldIdentifier));
  return (
    <>
      {fields.map((field) => {
        const name = nameOf(field);
        const id = `${idPrefix}-${field.fieldIdentifier}`;
        const error = (get(errors, name) as { message?: string } | undefined)?.message;
        const relationship = builtInField(form, field.fieldIdentifier)?.relationship;
        if (!field.isComplex && relationship) {
          return (
            <SelectField
              key={field.fieldIdentifier}
              id={id}
              label={field.name}
              hint={field.description ?? undefined}
              required={field.isRequired}
              empty={emptyChoice}
              choices={choices[builtInField(form, field.fieldIdentifier)!.key] ?? []}
              error={error}
              registration={register(name as Path<T>, { setValueAs: relationshipValue })}
            />
          );
        }
        return <FormFieldInput key={field.fieldIdentifier} field={field} name={name} id={id} register={register} control={control} error={error} />;
      })}
    </>
  );
}
