"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ImageUpload } from "@/components/ui/image-upload";
import type { z } from "zod";
import { TextField } from "@/components/ui/field";
import { RichTextField } from "@/components/ui/rich-text-field";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert, formFields, showActionErrors } from "@/components/ui/form-errors";
import { FormSection } from "@/components/ui/form-section";
import { createSpeakerAction, updateSpeakerAction } from "@/lib/speakers/actions";
import { createSpeakerSchema } from "@/lib/speakers/schemas";
import { DefinitionFields } from "@/components/custom-forms/definition-fields";
import { withFormChecks } from "@/components/custom-forms/form-check-resolver";
import { builtInFields } from "@/lib/custom-forms/fields";
import { askedFields, buildFormSchema, type FormDefinition } from "@/lib/custom-forms/form-schema";

/** What the inputs hold: every text as typed ("" for nothing); the schema turns "" into null. */
export interface SpeakerFormValues {
  name: string;
  email: string;
  photoUrl: string;
  organisation: string;
  position: string;
  country: string;
  city: string;
  gender: string;
  mobile: string;
  website: string;
  twitter: string;
  github: string;
  linkedin: string;
  shortBiography: string;
  longBiography: string;
  speakingExperience: string;
  isFeatured: boolean;
  /** Answers to the event's custom speaker fields, by field identifier. */
  complexFieldValues: Record<string, unknown>;
}

export const emptySpeakerFormValues: SpeakerFormValues = {
  name: "",
  email: "",
  photoUrl: "",
  organisation: "",
  position: "",
  country: "",
  city: "",
  gender: "",
  mobile: "",
  website: "",
  twitter: "",
  github: "",
  linkedin: "",
  shortBiography: "",
  longBiography: "",
  speakingExperience: "",
  isFeatured: false,
  complexFieldValues: {},
};

type SpeakerInput = z.input<typeof createSpeakerSchema>;
type SpeakerData = z.output<typeof createSpeakerSchema>;
const OWN_FIELDS = formFields(Object.keys(emptySpeakerFormValues));
const FIELDS = (name: string) => (name.startsWith("complexFieldValues.") ? name : OWN_FIELDS(name));
/** The built-in fields this form lays out itself; the event's custom fields follow them. */
const BUILT_IN_IDENTIFIERS = new Set(builtInFields("speaker").map((field) => field.fieldIdentifier));

/**
 * A speaker's profile, validated with the shared speaker schema (the form sends every field, so
 * the create schema, which requires the name, fits editing as well).
 */
export function SpeakerForm(props: {
  mode: "create" | "edit";
  eventId: string;
  speakerId?: number;
  defaultValues: SpeakerFormValues;
  /** The event's speaker form: which built-in fields it asks for and requires, and its custom fields. */
  definition: FormDefinition;
}) {
  const { mode, eventId, speakerId } = props;
  const router = useRouter();
  const [status, setStatus] = useState("");
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SpeakerInput, unknown, SpeakerData>({
    defaultValues: props.defaultValues,
    resolver: withFormChecks(zodResolver(createSpeakerSchema), [{ schema: buildFormSchema(props.definition, "speaker") }]),
    mode: "onTouched",
  });
  const photoUrl = useWatch({ control, name: "photoUrl" });
  const base = `/events/${encodeURIComponent(eventId)}/speakers`;

  const onSubmit = async (data: SpeakerData) => {
    setStatus("");
    let result;
    if (mode === "create") {
      result = await createSpeakerAction(eventId, data);
      if (result.ok) {
        router.push(`${base}/${result.data.id}`);
        return;
      }
    } else {
      result = await updateSpeakerAction(String(speakerId), data);
      if (result.ok) {
        reset(undefined, { keepValues: true });
        setStatus("Saved.");
        router.refresh();
        return;
      }
    }
    showActionErrors(result, setError, FIELDS);
  };

  const asked = new Map(askedFields(props.definition, "speaker").map((field) => [field.fieldIdentifier, field]));
  const hasCustom = [...asked.values()].some((field) => field.isComplex);

  const input = (
    field: Exclude<keyof SpeakerFormValues, "isFeatured" | "complexFieldValues">,
    label: string,
    options: { type?: string; rows?: number; required?: boolean; hint?: string; autoComplete?: string } = {},
  ) =>
    // A built-in field the event's form leaves out is not asked for; the others (city, gender, …) always are.
    BUILT_IN_IDENTIFIERS.has(field) && !asked.has(field) ? null : (
    <TextField
      id={`speaker-${field}`}
      label={label}
      required={asked.get(field)?.isRequired}
      {...options}
      autoComplete={options.autoComplete ?? "off"}
      inputMode={options.type === "url" ? "url" : undefined}
      placeholder={options.type === "url" ? "https://" : undefined}
      error={errors[field]?.message}
      registration={register(field)}
    />
  );

  /** A biography: rich text, asked for as the event's form says. */
  const rich = (field: "shortBiography" | "longBiography", label: string) =>
    asked.has(field) ? <RichTextField id={`speaker-${field}`} name={field} label={label} required={asked.get(field)?.isRequired} error={errors[field]?.message} control={control} /> : null;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      <FormAlert message={errors.root?.server?.message} />
      <FormSection id="speaker-profile" title="Profile">
        <div className="grid gap-4 sm:grid-cols-2">
          {input("name", "Name", { required: true })}
          {input("email", "Email", { type: "email", hint: "Only the event's team and the speaker see it." })}
          {input("organisation", "Organisation")}
          {input("position", "Position")}
          {input("country", "Country")}
          {input("city", "City")}
          {input("gender", "Gender")}
          {input("mobile", "Mobile", { type: "tel", hint: "Only the event's team and the speaker see it." })}
        </div>
        {input("photoUrl", "Photo URL", { type: "url", hint: "An http(s) address, or a path on this site." })}
        <ImageUpload
          label="Upload a photo…"
          value={photoUrl}
          onUploaded={(url) => setValue("photoUrl", url, { shouldDirty: true, shouldValidate: true })}
        />
        <div className="flex items-center gap-2">
          <input id="speaker-isFeatured" type="checkbox" className="size-4 accent-brand-600" {...register("isFeatured")} />
          <label htmlFor="speaker-isFeatured" className="text-sm text-slate-800">
            Featured speaker
          </label>
        </div>
      </FormSection>
      <FormSection id="speaker-about" title="About">
        {rich("shortBiography", "Short biography")}
        {rich("longBiography", "Long biography")}
        {input("speakingExperience", "Speaking experience", { rows: 3 })}
        <div className="grid gap-4 sm:grid-cols-2">
          {input("website", "Website", { type: "url" })}
          {input("twitter", "Twitter", { type: "url" })}
          {input("github", "GitHub", { type: "url" })}
          {input("linkedin", "LinkedIn", { type: "url" })}
        </div>
      </FormSection>
      {hasCustom ? (
        <FormSection id="speaker-more" title="More details">
          <DefinitionFields
            definition={props.definition}
            form="speaker"
            audience="organizer"
            idPrefix="speaker"
            skip={BUILT_IN_IDENTIFIERS}
            register={register}
            control={control}
            errors={errors}
          />
        </FormSection>
      ) : null}
      <FormActions
        status={status}
        back={{ href: base, label: mode === "create" ? "Cancel" : "Back to speakers" }}
        submitLabel={mode === "create" ? "Create speaker" : "Save changes"}
        submitting={isSubmitting}
      />
    </form>
  );
}
