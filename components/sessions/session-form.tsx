"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { Button, buttonClasses } from "@/components/ui/button";
import { controlProps, describedBy, Field, inputClasses } from "@/components/ui/field";
import { fromZoneWallTime } from "@/lib/format/dates";
import { createSessionAction, updateSessionAction } from "@/lib/sessions/actions";
import { createSessionSchema, updateSessionSchema } from "@/lib/sessions/schemas";
import { PROPOSAL_STATES, type SessionState } from "@/lib/sessions/states";
import type { SpeakerOption } from "@/lib/speakers/actions";
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
};

const FIELDS = new Set<string>(Object.keys(emptySessionFormValues));
/** Server field names that differ from the form's. */
const SERVER_FIELDS: Record<string, keyof SessionFormValues> = { speakerIds: "speakers" };

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

type SchemaResolver = Resolver<ReturnType<typeof toSchemaInput>>;

/**
 * The shared zod schema validates the converted values; its paths are the form's field names,
 * so each message lands beside its input. The form keeps its own (wall-time, string) values.
 */
function sessionResolver(mode: "create" | "edit", zone: string): Resolver<SessionFormValues> {
  const schemaResolver = zodResolver(mode === "create" ? createSessionSchema : updateSessionSchema) as unknown as SchemaResolver;
  return async (values, context, options) => {
    const result = await schemaResolver(toSchemaInput(values, zone, mode), context, options as unknown as Parameters<SchemaResolver>[2]);
    const errors = result.errors as FieldErrors<SessionFormValues>;
    return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
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
    resolver: sessionResolver(mode, zone),
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
    const other: string[] = result.formError ? [result.formError] : [];
    let focus = true;
    for (const [field, message] of Object.entries(result.fieldErrors)) {
      if (!message) continue;
      const name = SERVER_FIELDS[field] ?? field;
      if (FIELDS.has(name)) {
        setError(name as keyof SessionFormValues, { type: "server", message }, { shouldFocus: focus });
        focus = false;
      } else other.push(message);
    }
    if (other.length) setError("root.server", { type: "server", message: other.join(" ") });
  };

  const err = (field: keyof SessionFormValues): string | undefined => {
    const error = errors[field] as { message?: string } | undefined;
    return error?.message;
  };
  const zoneHint = `In the event's time zone (${zone}).`;

  /** A text input or textarea with its label, error and the schema's field name. */
  const text = (
    field: "title" | "subtitle" | "shortAbstract" | "longAbstract" | "language" | "level" | "comments",
    label: string,
    options: { rows?: number; required?: boolean; hint?: string } = {},
  ) => {
    const fieldId = `session-${field}`;
    const common = { ...controlProps(fieldId, { hint: options.hint, error: err(field), required: options.required }), ...register(field) };
    return (
      <Field id={fieldId} label={label} required={options.required} hint={options.hint} error={err(field)}>
        {options.rows ? <textarea rows={options.rows} {...common} /> : <input type="text" {...common} />}
      </Field>
    );
  };

  const url = (field: "slidesUrl" | "videoUrl" | "audioUrl", label: string) => {
    const fieldId = `session-${field}`;
    return (
      <Field id={fieldId} label={label} error={err(field)}>
        <input
          id={fieldId}
          type="url"
          inputMode="url"
          placeholder="https://"
          className={inputClasses}
          aria-invalid={Boolean(err(field)) || undefined}
          aria-describedby={describedBy(fieldId, { error: err(field) })}
          {...register(field)}
        />
      </Field>
    );
  };

  const select = (field: "trackId" | "microlocationId" | "sessionTypeId", label: string, choices: Choice[], hint?: string) => {
    const fieldId = `session-${field}`;
    return (
      <Field id={fieldId} label={label} hint={hint} error={err(field)}>
        <select
          id={fieldId}
          className={inputClasses}
          aria-invalid={Boolean(err(field)) || undefined}
          aria-describedby={describedBy(fieldId, { hint, error: err(field) })}
          {...register(field)}
        >
          <option value="">None</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
      </Field>
    );
  };

  const noChoices = !props.tracks.length && !props.rooms.length && !props.types.length;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {errors.root?.server ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {errors.root.server.message}
        </div>
      ) : null}

      <section aria-labelledby="session-content" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="session-content" className="text-base font-semibold">
          Content
        </h2>
        {text("title", "Title", { required: true })}
        {text("subtitle", "Subtitle")}
        {text("shortAbstract", "Short abstract", { rows: 3 })}
        {text("longAbstract", "Long abstract", { rows: 6 })}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("language", "Language")}
          {text("level", "Level", { hint: "For example beginner, intermediate, advanced." })}
        </div>
      </section>

      <section aria-labelledby="session-speakers" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="session-speakers" className="text-base font-semibold">
          Speakers
        </h2>
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
      </section>

      <section aria-labelledby="session-schedule" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="session-schedule" className="text-base font-semibold">
          Programme
        </h2>
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
          {select("trackId", "Track", props.tracks)}
          {select("microlocationId", "Room", props.rooms)}
          {select(
            "sessionTypeId",
            "Session type",
            props.types.map((type) => ({ id: type.id, name: `${type.name} (${type.length})` })),
          )}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="session-startsAt" label="Starts" hint={zoneHint} error={err("startsAt")}>
            <input
              id="session-startsAt"
              type="datetime-local"
              min={props.eventStart}
              max={props.eventEnd}
              className={inputClasses}
              aria-invalid={Boolean(err("startsAt")) || undefined}
              aria-describedby={describedBy("session-startsAt", { hint: true, error: err("startsAt") })}
              // The end's "after the start" rule depends on this field too.
              {...register("startsAt", { deps: ["endsAt"] })}
            />
          </Field>
          <Field id="session-endsAt" label="Ends" hint={zoneHint} error={err("endsAt")}>
            <input
              id="session-endsAt"
              type="datetime-local"
              min={props.eventStart}
              max={props.eventEnd}
              className={inputClasses}
              aria-invalid={Boolean(err("endsAt")) || undefined}
              aria-describedby={describedBy("session-endsAt", { hint: true, error: err("endsAt") })}
              {...register("endsAt")}
            />
          </Field>
        </div>
        {mode === "create" ? (
          <Field id="session-state" label="Starts as" hint="Accept, reject or confirm it afterwards on the session's page." error={err("state")}>
            <select
              id="session-state"
              className={inputClasses}
              aria-describedby={describedBy("session-state", { hint: true, error: err("state") })}
              {...register("state")}
            >
              {PROPOSAL_STATES.map((state) => (
                <option key={state} value={state}>
                  {state === "pending" ? "Pending (to be reviewed)" : "Draft"}
                </option>
              ))}
            </select>
          </Field>
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
      </section>

      <section aria-labelledby="session-media" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="session-media" className="text-base font-semibold">
          Media and notes
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          {url("slidesUrl", "Slides URL")}
          {url("videoUrl", "Video URL")}
          {url("audioUrl", "Audio URL")}
        </div>
        {text("comments", "Comments", { rows: 3, hint: "Notes from the organizers; speakers see them, the public does not." })}
      </section>

      <div className="flex flex-wrap items-center justify-end gap-3">
        <p role="status" aria-live="polite" className="mr-auto text-sm text-green-800">
          {status}
        </p>
        <Link href={base} className={buttonClasses("secondary")}>
          {mode === "create" ? "Cancel" : "Back to sessions"}
        </Link>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : mode === "create" ? "Create session" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
