"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormAlert, showActionErrors } from "@/components/ui/form-errors";
import { FormSection } from "@/components/ui/form-section";
import type { FormDefinition } from "@/lib/custom-forms/form-schema";
import { submitProposalAction } from "@/lib/proposals/actions";
import type { proposalSchema, ProposalInput } from "@/lib/proposals/schemas";
import { ProposalFields, proposalFieldNames, proposalResolver } from "./proposal-fields";

type ProposalData = z.output<typeof proposalSchema>;


/**
 * The public proposal form: the session and the speaker profile it is proposed under, rendered
 * from the event's session and speaker forms and checked as one types with the same schemas the
 * server action applies, errors beside their fields.
 */
export function ProposalForm(props: {
  identifier: string;
  definition: FormDefinition;
  tracks: { id: number; name: string }[];
  types: { id: number; name: string; length: string }[];
  defaultValues: ProposalInput;
  /** The secret of a private call for speakers' link the page was opened with. */
  callHash?: string;
}) {
  const router = useRouter();
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ProposalInput, unknown, ProposalData>({
    defaultValues: props.defaultValues,
    resolver: proposalResolver(props.definition),
    mode: "onTouched",
  });

  const onSubmit = async (data: ProposalData) => {
    const result = await submitProposalAction(props.identifier, data, props.callHash);
    if (result.ok) {
      router.push(`/my-sessions/${result.data.id}`);
      return;
    }
    // The services name the fields as this form does (`speaker.<field>`, `complexFieldValues.<identifier>`); messages about fields it does not show are form-level.
    const shown = proposalFieldNames(props.definition);
    showActionErrors(result, setError, (name) => (shown.has(name) ? name : undefined));
  };

  const send = (submit: boolean) => {
    setValue("submit", submit);
    void handleSubmit(onSubmit)();
  };
  const fields = { definition: props.definition, tracks: props.tracks, types: props.types, register, control, errors };

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
        <ProposalFields form="session" {...fields} />
      </FormSection>
      <FormSection id="proposal-speaker" title="About you">
        <ProposalFields form="speaker" {...fields} />
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
