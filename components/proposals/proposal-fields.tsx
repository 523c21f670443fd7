"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Control, FieldErrors, Resolver, UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { DefinitionFields, fieldName } from "@/components/custom-forms/definition-fields";
import { formCheckName, withFormChecks } from "@/components/custom-forms/form-check-resolver";
import type { FormKind } from "@/lib/custom-forms/fields";
import { askedFields, buildFormSchema, type FormDefinition, type FormField } from "@/lib/custom-forms/form-schema";
import { proposalSchema, type ProposalInput } from "@/lib/proposals/schemas";

export type ProposalData = z.output<typeof proposalSchema>;

/** The speaker profile's fields the proposal holds at its top level (`name` as `speakerName`); the rest live under `speaker`. */
const PROFILE_FIELDS: Readonly<Record<string, string>> = { name: "speakerName", organisation: "organisation", shortBiography: "shortBiography" };

/** The proposal form's field of a session or speaker form's field (or of an issue's first key). */
export function proposalFieldName(form: FormKind, key: string): string {
  if (form === "session") return key;
  return PROFILE_FIELDS[key] ?? `speaker.${key}`;
}

/** Where a field's value lives in the proposal form. */
function nameOf(field: FormField): string {
  const key = fieldName(field);
  return field.form === "speaker" && field.isComplex ? `speaker.${key}` : proposalFieldName(field.form, key);
}

/** The names of the proposal form's fields the event's forms ask for. */
export function proposalFieldNames(definition: FormDefinition): Set<string> {
  return new Set((["session", "speaker"] as const).flatMap((form) => askedFields(definition, form, { audience: "speaker" }).map(nameOf)));
}

/** The speaker form's input in a proposal: its profile fields under their own names. */
const speakerInput = (values: ProposalInput) => ({
  ...values.speaker,
  name: values.speakerName,
  organisation: values.organisation,
  shortBiography: values.shortBiography,
});

/**
 * The proposal's resolver: the proposal schema, and the event's session and speaker forms as a
 * speaker fills them (what they require, the answers to their custom fields), each message
 * beside its field, as the server action refuses them.
 */
export function proposalResolver(definition: FormDefinition): Resolver<ProposalInput, unknown, ProposalData> {
  return withFormChecks(zodResolver(proposalSchema), [
    { schema: buildFormSchema(definition, "session", { audience: "speaker" }) },
    {
      schema: buildFormSchema(definition, "speaker", { audience: "speaker" }),
      input: speakerInput,
      name: (path) => {
        const name = formCheckName(path);
        return name === undefined ? undefined : name.startsWith("complexFieldValues.") ? `speaker.${name}` : proposalFieldName("speaker", name);
      },
    },
  ]);
}

/**
 * The fields of one of the event's forms as a speaker sees them on the proposal page: the
 * included ones in the organizers' order, required ones marked, each by its type. The builder's
 * preview renders this same component.
 */
export function ProposalFields({
  definition,
  form,
  tracks,
  types,
  register,
  control,
  errors,
}: {
  definition: FormDefinition;
  form: FormKind;
  tracks: readonly { id: number; name: string }[];
  types: readonly { id: number; name: string; length: string }[];
  register: UseFormRegister<ProposalInput>;
  control: Control<ProposalInput, unknown, ProposalData>;
  errors: FieldErrors<ProposalInput>;
}) {
  return (
    <DefinitionFields
      definition={definition}
      form={form}
      idPrefix={`proposal-${form}`}
      nameOf={nameOf}
      choices={{ trackId: tracks, sessionTypeId: types.map((type) => ({ id: type.id, name: `${type.name} (${type.length})` })) }}
      // The proposal schema reads an empty select as no preference.
      relationshipValue={(value: string) => (value === "" ? "" : Number(value))}
      register={register}
      control={control}
      errors={errors}
    />
  );
}
