"use client";

import { useId } from "react";
import { useForm } from "react-hook-form";
import { ProposalFields, proposalResolver, type ProposalData } from "@/components/proposals/proposal-fields";
import { Button } from "@/components/ui/button";
import type { FormKind } from "@/lib/custom-forms/fields";
import type { FormDefinition } from "@/lib/custom-forms/form-schema";
import type { ProposalInput } from "@/lib/proposals/schemas";

const EMPTY: ProposalInput = { title: "", shortAbstract: "", speakerName: "", organisation: "", shortBiography: "", submit: true, speaker: {} };

/**
 * The form as a speaker will see it on the proposal page, from the builder's unsaved fields: the
 * proposal page's own fields and checks ("Check" shows the messages a speaker would get).
 * Nothing is sent anywhere.
 */
export function FormPreview({
  form,
  definition,
  tracks,
  types,
}: {
  form: FormKind;
  definition: FormDefinition;
  tracks: readonly { id: number; name: string }[];
  types: readonly { id: number; name: string; length: string }[];
}) {
  const headingId = useId();
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitSuccessful },
  } = useForm<ProposalInput, unknown, ProposalData>({ defaultValues: EMPTY, resolver: proposalResolver(definition), mode: "onTouched" });
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-3 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4">
      <div>
        <h2 id={headingId} className="text-base font-semibold">
          Preview
        </h2>
        <p className="text-xs text-slate-500">
          The {form === "session" ? "“Your session”" : "“About you”"} part of the proposal page, as speakers will see it with these settings.
        </p>
      </div>
      <form noValidate className="space-y-4" aria-label={`Preview of the ${form} form`} onSubmit={handleSubmit(() => undefined)}>
        <ProposalFields form={form} definition={definition} tracks={tracks} types={types} register={register} control={control} errors={errors} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary">
            Check the preview
          </Button>
          {isSubmitSuccessful ? (
            <span role="status" className="text-sm text-slate-600">
              A speaker could send this.
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}
