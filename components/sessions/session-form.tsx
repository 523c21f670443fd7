"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { convertingResolver } from "@/components/ui/converting-resolver";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert, formFields, showActionErrors } from "@/components/ui/form-errors";
import { FormSection } from "@/components/ui/form-section";
import { RichTextField } from "@/components/ui/rich-text-field";
import { fromZoneWallTime } from "@/lib/format/dates";
import { createSessionAction, updateSessionAction } from "@/lib/sessions/actions";
import { createSessionSchema, updateSessionSchema } from "@/lib/sessions/schemas";
import { PROPOSAL_STATES, type SessionState } from "@/lib/sessions/states";
import type { SpeakerOption } from "@/lib/speakers/actions";
import { DefinitionFields } from "@/components/custom-forms/definition-fields";
import { withFormChecks } from "@/components/custom-forms/form-check-resolver";
import { builtInFields } from "@/lib/custom-forms/fields";
import { askedFields, buildFormSchema, type FormDefinition } from "@/lib/custom-forms/form-schema";
import { SpeakerPicker } from "./speaker-picker";

/** What the inputs hold: text as typed, ids of the selects as strings, times as wall times in the event's zone. */
export interface SessionFormValues {
  title: string;
  subtitle: string;
  shortAbstract: string;
  longAbstract: string;
  language: string;
  level: string;
  trackId: string;
  microlocationId: string;
  sessionTypeId: string;
  startsAt: string;
  endsAt: string;
  slidesUrl: string;
  videoUrl: string;
  audioUrl: string;
  comments: string;
  isLocked: boolean;
  /** The state a new session starts in (the edit form changes state through the transition buttons). */
  state: SessionState;
  speakers: SpeakerOption[];
  /** Answers to the event's custom session fields, by field identifier. */
  complexFieldValues: Record<string, unknown>;
}

export const emptySessionFormValues: SessionFormValues = {
  title: "",
  subtitle: "",
  shortAbstract: "",
  longAbstract: "",
  language: "",
  level: "",
  trackId: "",
  microlocationId: "",
  sessionTypeId: "",
  startsAt: "",
  endsAt: "",
  slidesUrl: "",
  videoUrl: "",
  audioUrl: "",
  comments: "",
  isLocked: false,
  state: "pending",
  speakers: [],
  complexFieldValues: {},
};

/** The form's fields; the services call the speakers `speakerIds`. */
const OWN_FIELDS = formFields(Object.keys(emptySessionFormValues), { speakerIds: "speakers" });
const FIELDS = (name: string) => (name.startsWith("complexFieldValues.") ? name : OWN_FIELDS(name));

/** The built-in fields this form lays out itself; the event's custom fields follow them. */
const BUILT_IN_IDENTIFIERS = new Set(builtInFields("session").map((field) => field.fieldIdentifier));

/** An empty time is "not scheduled"; one that does not parse stays text so the schema names it. */
const time = (wall: string, zone: string) => (wall ? (fromZoneWallTime(wall, zone) ?? wall) : null);
const id = (value: string) => (value ? Number(value) : null);

/** The form's values → the schema's input (the speakers travel separately). */
function toSchemaInput(values: SessionFormValues, zone: string, mode: "create" | "edit") {
  const { speakers: _speakers, state, trackId, microlocationId, sessionTypeId, startsAt, endsAt, ...text } = values;
  return {
    ...text,
    ...(mode === "create" ? { state } : {}),
    trackId: id(trackId),
    microlocationId: id(microlocationId),
    sessionTypeId: id(sessionTypeId),
    startsAt: time(startsAt, zone),
    endsAt: time(endsAt, zone),
  };
}

interface Choice {
  id: number;
  name: string;
}

export function SessionForm(props: {
  mode: "create" | "edit";
  eventId: string;
  sessionId?: number;
  zone: string;
  /** The event's span as wall times, to bound the time inputs. */
  eventStart: string;
  eventEnd: string;
  tracks: Choice[];
  rooms: Choice[];
  types: (Choice & { length: string })[];
  defaultValues: SessionFormValues;
  /** The event's session form: which built-in fields it asks for and requires, and its custom fields. */
  definition: FormDefinition;
}) {
  const { mode, eventId, sessionId, zone } = props;
  const router = useRouter();
  const [status, setStatus] = useState("");
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<SessionFormValues>({
    defaultValues: props.defaultValues,
    resolver: withFormChecks(
      convertingResolver(mode === "create" ? createSessionSchema : updateSessionSchema, (values: SessionFormValues) => toSchemaInput(values, zone, mode)),
      [{ schema: buildFormSchema(props.definition, "session"), input: (values: SessionFormValues) => toSchemaInput(values, zone, mode) }],
    ),
    // First feedback when a field is left, then on every keystroke.
    mode: "onTouched",
  });
  const base = `/events/${encodeURIComponent(eventId)}/sessions`;

  const onSubmit = async (values: SessionFormValues) => {
    setStatus("");
    const input = toSchemaInput(values, zone, mode);
    const speakerIds = values.speakers.map((speaker) => speaker.id);
    let result;
    if (mode === "create") {
      result = await createSessionAction(eventId, input, speakerIds);
      if (result.ok) {
        router.push(`${base}/${result.data.id}`);
        return;
      }
    } else {
      result = await updateSessionAction(String(sessionId), input, speakerIds);
      if (result.ok) {
        reset(values);
        setStatus("Saved.");
        router.refresh();
        return;
      }
    }
    showActionErrors(result, setError, FIELDS);
  };

  const err = (field: keyof SessionFormValues): string | undefined => {
    const error = errors[field] as { message?: string } | undefined;
    return error?.message;
  };
  const zoneHint = `In the event's time zone (${zone}).`;
  const asked = new Map(askedFields(props.definition, "session").map((field) => [field.fieldIdentifier, field]));
  /** Whether the event's form asks for a built-in field (by its identifier), and whether it requires it. */
  const shows = (identifier: string) => asked.has(identifier);
  const requires = (identifier: string) => asked.get(identifier)?.isRequired ?? false;
  const hasCustom = [...asked.values()].some((field) => field.isComplex);

  /** A text input or textarea with its label, error and the schema's field name. */
  const text = (
    field: "title" | "subtitle" | "language" | "level",
    label: string,
    options: { rows?: number; required?: boolean; hint?: string } = {},
  ) =>
    shows(field) ? (
      <TextField id={`session-${field}`} label={label} required={requires(field)} {...options} error={err(field)} registration={register(field)} />
    ) : null;

  /** A rich-text field (abstracts, comments) with its label and error. */
  const rich = (field: "shortAbstract" | "longAbstract" | "comments", label: string, hint?: string) =>
    shows(field) ? <RichTextField id={`session-${field}`} name={field} label={label} hint={hint} required={requires(field)} error={err(field)} control={control} /> : null;

  const url = (field: "slidesUrl" | "videoUrl" | "audioUrl", label: string) =>
    shows(field) ? (
    <TextField
      required={requires(field)}
      id={`session-${field}`}
      type="url"
      inputMode="url"
      placeholder="https://"
      label={label}
      error={err(field)}
      registration={register(field)}
    />
    ) : null;

  /** The track and session type are the form's `track` and `sessionType`; the room is the organizers' own. */
  const select = (field: "trackId" | "microlocationId" | "sessionTypeId", label: string, choices: Choice[], identifier?: string) =>
    !identifier || shows(identifier) ? (
      <SelectField
        id={`session-${field}`}
        label={label}
        required={identifier ? requires(identifier) : false}
        empty="None"
        choices={choices}
        error={err(field)}
        registration={register(field)}
      />
    ) : null;

  const noChoices = !props.tracks.length && !props.rooms.length && !props.types.length;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      <FormAlert message={errors.root?.server?.message} />

      <FormSection id="session-content" title="Content">
        {text("title", "Title", { required: true })}
        {text("subtitle", "Subtitle")}
        {rich("shortAbstract", "Short abstract")}
        {rich("longAbstract", "Long abstract")}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("language", "Language")}
          {text("level", "Level", { hint: "For example beginner, intermediate, advanced." })}
        </div>
      </FormSection>

      <FormSection id="session-speakers" title="Speakers" className="space-y-3">
        <Controller
          control={control}
          name="speakers"
          render={({ field }) => (
            <SpeakerPicker
              eventId={eventId}
              value={field.value}
              onChange={field.onChange}
              error={err("speakers")}
              inputRef={field.ref}
            />
          )}
        />
      </FormSection>

      <FormSection id="session-schedule" title="Programme">
        {noChoices ? (
          <p className="text-sm text-slate-600">
            Tracks, rooms and session types are added on the{" "}
            <Link href={`/events/${encodeURIComponent(eventId)}/setup`} className="font-medium text-brand-700 underline">
              setup page
            </Link>
            .
          </p>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-3">
          {select("trackId", "Track", props.tracks, "track")}
          {select("microlocationId", "Room", props.rooms)}
          {select(
            "sessionTypeId",
            "Session type",
            props.types.map((type) => ({ id: type.id, name: `${type.name} (${type.length})` })),
            "sessionType",
          )}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="session-startsAt"
            type="datetime-local"
            min={props.eventStart}
            max={props.eventEnd}
            label="Starts"
            hint={zoneHint}
            error={err("startsAt")}
            // The end's "after the start" rule depends on this field too.
            registration={register("startsAt", { deps: ["endsAt"] })}
          />
          <TextField
            id="session-endsAt"
            type="datetime-local"
            min={props.eventStart}
            max={props.eventEnd}
            label="Ends"
            hint={zoneHint}
            error={err("endsAt")}
            registration={register("endsAt")}
          />
        </div>
        {mode === "create" ? (
          <SelectField
            id="session-state"
            label="Starts as"
            hint="Accept, reject or confirm it afterwards on the session's page."
            error={err("state")}
            registration={register("state")}
            choices={PROPOSAL_STATES.map((state) => ({ id: state, name: state === "pending" ? "Pending (to be reviewed)" : "Draft" }))}
          />
        ) : null}
        <div className="flex items-start gap-2">
          <input id="session-isLocked" type="checkbox" className="mt-0.5 size-4 accent-brand-600" aria-describedby="session-isLocked-hint" {...register("isLocked")} />
          <div>
            <label htmlFor="session-isLocked" className="text-sm text-slate-800">
              Locked
            </label>
            <p id="session-isLocked-hint" className="text-xs text-slate-500">
              Speakers can no longer change a locked session.
            </p>
          </div>
        </div>
      </FormSection>

      <FormSection id="session-media" title="Media and notes">
        <div className="grid gap-4 sm:grid-cols-3">
          {url("slidesUrl", "Slides URL")}
          {url("videoUrl", "Video URL")}
          {url("audioUrl", "Audio URL")}
        </div>
        {rich("comments", "Comments", "Notes from the organizers; speakers see them, the public does not.")}
      </FormSection>

      {hasCustom ? (
        <FormSection id="session-more" title="More details">
          <DefinitionFields
            definition={props.definition}
            form="session"
            audience="organizer"
            idPrefix="session"
            skip={BUILT_IN_IDENTIFIERS}
            register={register}
            control={control}
            errors={errors}
          />
        </FormSection>
      ) : null}

      <FormActions
        status={status}
        back={{ href: base, label: mode === "create" ? "Cancel" : "Back to sessions" }}
        submitLabel={mode === "create" ? "Create session" : "Save changes"}
        submitting={isSubmitting}
      />
    </form>
  );
}
