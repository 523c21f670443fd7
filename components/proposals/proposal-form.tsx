"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert, formFields, showActionErrors } from "@/components/ui/form-errors";
import { FormSection } from "@/components/ui/form-section";
import { submitProposalAction } from "@/lib/proposals/actions";
import { proposalSchema, type ProposalInput } from "@/lib/proposals/schemas";

type ProposalData = z.output<typeof proposalSchema>;
type TextFieldName = "title" | "shortAbstract" | "longAbstract" | "language" | "level" | "speakerName" | "organisation" | "shortBiography";

// Service errors name speaker fields by the speaker resource's names.
const FIELDS = formFields(
  ["title", "shortAbstract", "longAbstract", "trackId", "sessionTypeId", "language", "level", "speakerName", "organisation", "shortBiography"],
  { name: "speakerName" },
);

/**
 * The public proposal form: the session and the speaker profile it is proposed under, checked as
 * one types with the same schema the server action parses, errors beside their fields.
 */
export function ProposalForm(props: {
  identifier: string;
  tracks: { id: number; name: string }[];
  types: { id: number; name: string; length: string }[];
  defaultValues: ProposalInput;
}) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ProposalInput, unknown, ProposalData>({
    defaultValues: props.defaultValues,
    resolver: zodResolver(proposalSchema),
    mode: "onTouched",
  });

  const onSubmit = async (data: ProposalData) => {
    const result = await submitProposalAction(props.identifier, data);
    if (result.ok) {
      router.push(`/my-sessions/${result.data.id}`);
      return;
    }
    showActionErrors(result, setError, FIELDS);
  };

  const text = (field: TextFieldName, label: string, options: { rows?: number; required?: boolean; hint?: string } = {}) => (
    <TextField
      id={`proposal-${field}`}
      label={label}
      {...options}
      autoComplete="off"
      error={errors[field]?.message}
      registration={register(field)}
    />
  );

  const select = (field: "trackId" | "sessionTypeId", label: string, choices: { id: number; name: string }[]) => (
    <SelectField
      id={`proposal-${field}`}
      label={label}
      empty="No preference"
      choices={choices}
      error={errors[field]?.message}
      registration={register(field, { setValueAs: (value: string) => (value === "" ? "" : Number(value)) })}
    />
  );

  const send = (submit: boolean) => {
    setValue("submit", submit);
    void handleSubmit(onSubmit)();
  };

  return (
    <form
      aria-label="Session proposal"
      noValidate
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        send(true);
      }}
    >
      <FormAlert message={errors.root?.server?.message} />
      <FormSection id="proposal-session" title="Your session">
        {text("title", "Title", { required: true })}
        {text("shortAbstract", "Short abstract", { rows: 3, required: true, hint: "Shown in the schedule if the session is accepted." })}
        {text("longAbstract", "Long abstract", { rows: 6 })}
        <div className="grid gap-4 sm:grid-cols-2">
          {select("trackId", "Track", props.tracks)}
          {select(
            "sessionTypeId",
            "Session type",
            props.types.map((type) => ({ id: type.id, name: `${type.name} (${type.length})` })),
          )}
          {text("language", "Language")}
          {text("level", "Level")}
        </div>
      </FormSection>
      <FormSection id="proposal-speaker" title="About you">
        <div className="grid gap-4 sm:grid-cols-2">
          {text("speakerName", "Your name", { required: true })}
          {text("organisation", "Organisation")}
        </div>
        {text("shortBiography", "Short biography", { rows: 3 })}
      </FormSection>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Sending…" : "Submit proposal"}
        </Button>
        <Button variant="secondary" disabled={isSubmitting} onClick={() => send(false)}>
          Save as draft
        </Button>
      </div>
    </form>
  );
}
