"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { myProposalSchema, mySpeakerProfileSchema } from "@/lib/my-sessions/schemas";
import { DefinitionFields, fieldName } from "@/components/custom-forms/definition-fields";
import { withFormChecks } from "@/components/custom-forms/form-check-resolver";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert, showActionErrors } from "@/components/ui/form-errors";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { askedFields, buildFormSchema, type FormDefinition } from "@/lib/custom-forms/form-schema";
import type { FormKind } from "@/lib/custom-forms/fields";
import type { ActionResult } from "@/lib/forms/action-result";

type Values = Record<string, unknown>;

const SCHEMAS = { session: myProposalSchema, speaker: mySpeakerProfileSchema } as const;

/**
 * A speaker's own proposal or speaker profile, edited from "My sessions": the fields the event's
 * form asks for, checked as one types with the form's schema and the edit's own (the proposal's
 * or the profile's, as the server action parses them), the server's refusals beside their fields.
 */
export function MyFormEditor({
  form,
  definition,
  defaultValues,
  choices,
  save,
  back,
  submitLabel,
  idPrefix,
}: {
  form: FormKind;
  definition: FormDefinition;
  defaultValues: Values;
  choices?: Readonly<Record<string, readonly { id: number; name: string }[]>>;
  save: (values: Values) => Promise<ActionResult>;
  back: { href: string; label: string };
  submitLabel: string;
  idPrefix: string;
}) {
  const router = useRouter();
  const [status, setStatus] = useState("");
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<Values, unknown, Values>({
    defaultValues,
    resolver: withFormChecks(zodResolver(SCHEMAS[form] as z.ZodType<Values, Values>), [{ schema: buildFormSchema(definition, form, { audience: "speaker" }) }]),
    mode: "onTouched",
  });
  useUnsavedChanges(isDirty);
  const shown = new Set(askedFields(definition, form, { audience: "speaker" }).map(fieldName));

  const onSubmit = async (values: Values) => {
    setStatus("");
    const result = await save(values);
    if (result.ok) {
      reset(values, { keepValues: true });
      setStatus("Saved.");
      router.refresh();
      return;
    }
    showActionErrors(result, setError, (name) => (shown.has(name) ? name : undefined));
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <FormAlert message={errors.root?.server?.message} />
      <DefinitionFields definition={definition} form={form} idPrefix={idPrefix} choices={choices} register={register} control={control} errors={errors} />
      <FormActions status={status} back={back} submitLabel={submitLabel} submitting={isSubmitting} />
    </form>
  );
}
