"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { controlProps, describedBy, Field, inputClasses } from "@/components/ui/field";
import { submitProposalAction } from "@/lib/proposals/actions";
import { proposalSchema, type ProposalInput } from "@/lib/proposals/schemas";

type ProposalData = z.output<typeof proposalSchema>;
type TextField = "title" | "shortAbstract" | "longAbstract" | "language" | "level" | "speakerName" | "organisation" | "shortBiography";

const FIELDS = new Set(["title", "shortAbstract", "longAbstract", "trackId", "sessionTypeId", "language", "level", "speakerName", "organisation", "shortBiography"]);
// Service errors name speaker fields by the speaker resource's names.
const SERVER_FIELDS: Record<string, keyof ProposalInput> = { name: "speakerName" };

/**
 * The public proposal form: the session and the speaker profile it is proposed under, checked as
 * one types with the same schema the server action parses, errors beside their fields.
 */
export function ProposalForm(props: {
  identifier: string;
  tracks: { id: number; name: string }[];
  types: { id: number; name: string; length: string }[];
  defaultValues: ProposalInput;
  /** The secret of a private call for speakers' link the page was opened with. */
  callHash?: string;
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
    const result = await submitProposalAction(props.identifier, data, props.callHash);
    if (result.ok) {
      router.push(`/my-sessions/${result.data.id}`);
      return;
    }
    let focus = true;
    const other: string[] = result.formError ? [result.formError] : [];
    for (const [field, message] of Object.entries(result.fieldErrors)) {
      if (!message) continue;
      const name = SERVER_FIELDS[field] ?? field;
      if (FIELDS.has(name)) {
        setError(name as keyof ProposalInput, { type: "server", message }, { shouldFocus: focus });
        focus = false;
      } else other.push(message);
    }
    if (other.length) setError("root.server", { type: "server", message: other.join(" ") });
  };

  const text = (field: TextField, label: string, options: { rows?: number; required?: boolean; hint?: string } = {}) => {
    const id = `proposal-${field}`;
    const error = errors[field]?.message;
    const common = { ...controlProps(id, { hint: options.hint, error, required: options.required }), ...register(field) };
    return (
      <Field id={id} label={label} required={options.required} hint={options.hint} error={error}>
        {options.rows ? <textarea rows={options.rows} {...common} /> : <input type="text" autoComplete="off" {...common} />}
      </Field>
    );
  };

  const select = (field: "trackId" | "sessionTypeId", label: string, options: { id: number; name: string }[]) => {
    const id = `proposal-${field}`;
    const error = errors[field]?.message;
    return (
      <Field id={id} label={label} error={error}>
        <select
          id={id}
          className={inputClasses}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={describedBy(id, { error })}
          {...register(field, { setValueAs: (value: string) => (value === "" ? "" : Number(value)) })}
        >
          <option value="">No preference</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </Field>
    );
  };

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
      {errors.root?.server ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {errors.root.server.message}
        </div>
      ) : null}
      <section aria-labelledby="proposal-session" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="proposal-session" className="text-base font-semibold">
          Your session
        </h2>
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
      </section>
      <section aria-labelledby="proposal-speaker" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="proposal-speaker" className="text-base font-semibold">
          About you
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("speakerName", "Your name", { required: true })}
          {text("organisation", "Organisation")}
        </div>
        {text("shortBiography", "Short biography", { rows: 3 })}
      </section>
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
