"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, inputClasses } from "@/components/ui/field";
import {
  eventImageSizesSchema,
  MAX_IMAGE_DIMENSION,
  speakerImageSizesSchema,
  type EventImageSizesInput,
  type ImageSizeKind,
  type SpeakerImageSizesInput,
} from "@/lib/image-sizes/schemas";

type Prefix = "full" | "thumbnail" | "small" | "icon";
type Values = Record<string, number | boolean>;

export interface SizeSection {
  prefix: Prefix;
  legend: string;
  /** Where the size is used, shown under the legend. */
  usage: string;
  aspectLabel: string;
}

const CONFIG: Record<ImageSizeKind, { title: string; type: string; path: string; schema: typeof eventImageSizesSchema | typeof speakerImageSizesSchema; sections: SizeSection[] }> = {
  event: {
    title: "Event images",
    type: "event-image-size",
    path: "/v1/event-image-sizes",
    schema: eventImageSizesSchema,
    sections: [
      // 1300 × 500, Open Event's default banner, is 13:5.
      { prefix: "full", legend: "Large", usage: "Large: event page banner", aspectLabel: "Standard aspect ratio is 13:5. Tick to maintain aspect ratio." },
      { prefix: "thumbnail", legend: "Thumbnail", usage: "Thumbnail: event lists and event cards", aspectLabel: "Tick to maintain aspect ratio." },
      { prefix: "icon", legend: "Icon", usage: "Icon: compact event lists and search suggestions", aspectLabel: "Tick to maintain aspect ratio." },
    ],
  },
  speaker: {
    title: "Speaker images",
    type: "speaker-image-size",
    path: "/v1/speaker-image-sizes",
    schema: speakerImageSizesSchema,
    sections: [
      { prefix: "thumbnail", legend: "Thumbnail", usage: "Thumbnail: speaker lists and speaker pages", aspectLabel: "Tick to maintain aspect ratio." },
      { prefix: "small", legend: "Small", usage: "Small: schedule and session pages", aspectLabel: "Tick to maintain aspect ratio." },
      { prefix: "icon", legend: "Icon", usage: "Icon: next to speaker names in session lists", aspectLabel: "Tick to maintain aspect ratio." },
    ],
  },
};

const dasherize = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const camelize = (member: string) => member.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

class SaveError extends Error {
  constructor(
    message: string,
    readonly fields: { field: string; detail: string }[] = [],
  ) {
    super(message);
  }
}

async function patchSizes(kind: ImageSizeKind, id: string, values: Values): Promise<void> {
  const { path, type } = CONFIG[kind];
  const attributes = Object.fromEntries(Object.entries(values).map(([key, value]) => [dasherize(key), value]));
  const response = await fetch(path, {
    method: "PATCH",
    credentials: "same-origin",
    headers: { "content-type": "application/vnd.api+json", accept: "application/vnd.api+json" },
    body: JSON.stringify({ data: { type, id, attributes } }),
  });
  if (response.ok) return;
  const body = (await response.json().catch(() => ({}))) as { errors?: { detail?: string; source?: { pointer?: string } }[] };
  const fields = (body.errors ?? []).flatMap((error) => {
    const member = /^\/data\/attributes\/(.+)$/.exec(error.source?.pointer ?? "")?.[1];
    return member && error.detail ? [{ field: camelize(member), detail: error.detail }] : [];
  });
  throw new SaveError(body.errors?.[0]?.detail ?? `Saving failed (${response.status})`, fields);
}

/**
 * The sizes of one image type, validated as you type with the schema the API uses, saved as one
 * PATCH. `onDirtyChange` lets the page guard unsaved changes of all its forms at once.
 */
export function ImageSizesForm({
  kind,
  id,
  defaultValues,
  onDirtyChange,
}: {
  kind: ImageSizeKind;
  id: string;
  defaultValues: EventImageSizesInput | SpeakerImageSizesInput;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const config = CONFIG[kind];
  const headingId = useId();
  const [status, setStatus] = useState("");
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty },
  } = useForm<Values>({
    defaultValues,
    // The two schemas have different keys; the form is keyed by strings to serve both.
    resolver: zodResolver(config.schema) as unknown as Resolver<Values>,
    mode: "onChange",
  });

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  const save = useMutation({
    mutationFn: (values: Values) => patchSizes(kind, id, values),
    onMutate: () => setStatus(""),
    onSuccess: (_, values) => {
      // The saved values become the new baseline: nothing is unsaved any more.
      reset(values);
      setStatus("Saved. New uploads use these sizes.");
    },
    onError: (error) => {
      const fields = error instanceof SaveError ? error.fields : [];
      fields.forEach(({ field, detail }, index) => setError(field, { type: "server", message: detail }, { shouldFocus: index === 0 }));
      if (!fields.length) setError("root.server", { type: "server", message: error.message });
    },
  });

  const numberInput = (name: string, label: string, max: number) => {
    const inputId = `${kind}-${name}`;
    const error = errors[name]?.message;
    return (
      <div className="space-y-1">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          step={1}
          className={inputClasses}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={describedBy(inputId, { error })}
          {...register(name, { valueAsNumber: true })}
        />
        {error ? (
          <p id={`${inputId}-error`} role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form
      aria-labelledby={headingId}
      // Our messages beside the fields replace the browser's min/max bubbles.
      noValidate
      onSubmit={handleSubmit((values) => save.mutate(values))}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {config.title}
      </h2>
      {config.sections.map((section) => {
        const aspectId = `${kind}-${section.prefix}Aspect`;
        return (
          <fieldset key={section.prefix} className="space-y-3 border-t border-slate-100 pt-3">
            <legend className="font-medium text-slate-900">{section.legend}</legend>
            <p className="text-sm text-slate-600">{section.usage}</p>
            <div className="grid gap-3 sm:grid-cols-3">
              {numberInput(`${section.prefix}Width`, "Width (px)", MAX_IMAGE_DIMENSION)}
              {numberInput(`${section.prefix}Height`, "Height (px)", MAX_IMAGE_DIMENSION)}
              {numberInput(`${section.prefix}Quality`, "Quality (1–100)", 100)}
            </div>
            <div className="flex items-center gap-2">
              <input id={aspectId} type="checkbox" className="size-4 rounded border-slate-300" {...register(`${section.prefix}Aspect`)} />
              <label htmlFor={aspectId} className="text-sm text-slate-700">
                {section.aspectLabel}
              </label>
            </div>
          </fieldset>
        );
      })}
      {errors.root?.server?.message ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.root.server.message}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : `Save ${config.title.toLowerCase()}`}
        </Button>
        <p role="status" className="text-sm text-slate-600">
          {isDirty ? "Unsaved changes" : status}
        </p>
      </div>
    </form>
  );
}
