"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormAlert, showActionErrors, type FormFieldOf } from "@/components/ui/form-errors";
import { saveEventSetupAction } from "@/lib/event-setup/actions";
import type { EventSetup } from "@/lib/event-setup/load";
import { eventSetupSchema, SETUP_LISTS, type EventSetupData, type EventSetupInput, type SetupList } from "@/lib/event-setup/schemas";
import { toFormValues, type SetupForm } from "./form-values";
import { ListEditor, type ListSpec } from "./list-editor";

/** Colors offered to new tracks in turn, distinct enough to tell tracks apart on a schedule. */
const TRACK_COLORS = ["#2563eb", "#16a34a", "#7c3aed", "#ea580c", "#db2777", "#0891b2", "#ca8a04", "#475569"];

/** The page's three lists, in the order they are shown. */
const LISTS: readonly ListSpec[] = [
  {
    list: "tracks",
    title: "Tracks",
    description: "Themes that group sessions; the color marks them on the schedule.",
    addLabel: "Add track",
    grid: "sm:grid-cols-[1fr_12rem]",
    fields: [
      { name: "name", label: "Track name", required: true },
      { name: "color", label: "Color", color: true },
      { name: "description", label: "Description", wide: true },
    ],
    newEntry: (count) => ({ name: "", color: TRACK_COLORS[count % TRACK_COLORS.length] ?? "#2563eb", description: "" }),
  },
  {
    list: "microlocations",
    title: "Rooms",
    description: "Where sessions take place, in the order the schedule shows them as columns.",
    addLabel: "Add room",
    grid: "sm:grid-cols-[1fr_8rem_10rem]",
    fields: [
      { name: "name", label: "Room name", required: true },
      { name: "floor", label: "Floor", inputMode: "numeric" },
      { name: "room", label: "Room number" },
    ],
    newEntry: () => ({ name: "", floor: "", room: "" }),
  },
  {
    list: "sessionTypes",
    title: "Session types",
    description: "Formats such as talks or workshops, with the length a new session of that type gets.",
    addLabel: "Add session type",
    grid: "sm:grid-cols-[1fr_10rem]",
    fields: [
      { name: "name", label: "Session type name", required: true },
      { name: "length", label: "Length", required: true, hint: "Hours and minutes, HH:MM", placeholder: "00:30", inputMode: "numeric" },
    ],
    newEntry: () => ({ name: "", length: "00:30" }),
  },
];

const ENTRY_PATH = /^(tracks|microlocations|sessionTypes)\.\d+\.(id|name|color|description|floor|room|length)$/;
const LIST_NAMES = new Set<string>(Object.keys(SETUP_LISTS));
/** An entry's field; an unknown id is a problem of the entry, shown beside the entry's name. */
const entryField: FormFieldOf = (path) => (ENTRY_PATH.test(path) ? path.replace(/\.id$/, ".name") : undefined);

/**
 * Tracks, rooms and session types of one event, edited together and saved in one request.
 * Validation is the shared schema (the server runs it again); server-side problems come back
 * with the same paths and land beside the same inputs.
 */
export function EventSetupForm({ eventId, initial }: { eventId: string; initial: EventSetup }) {
  const router = useRouter();
  const [saved, setSaved] = useState<EventSetup>(initial);
  const [listErrors, setListErrors] = useState<Partial<Record<SetupList, string>>>({});
  const [status, setStatus] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const form: SetupForm = useForm<EventSetupInput, unknown, EventSetupData>({
    defaultValues: toFormValues(initial),
    resolver: zodResolver(eventSetupSchema),
    // First feedback when a field is left, then on every keystroke.
    mode: "onTouched",
  });
  const {
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = form;

  const onSubmit = async (data: EventSetupData) => {
    setStatus("");
    setListErrors({});
    const result = await saveEventSetupAction(eventId, data);
    if (result.ok) {
      setSaved(result.data);
      // New entries get their ids, so the next save updates instead of creating them again.
      reset(toFormValues(result.data));
      setStatus("Saved.");
      router.refresh();
      return;
    }
    // A list's own problem is shown at the head of that list; the rest as in every form.
    const lists: Partial<Record<SetupList, string>> = {};
    const fieldErrors: Record<string, string | undefined> = {};
    for (const [path, message] of Object.entries(result.fieldErrors)) {
      if (LIST_NAMES.has(path)) lists[path as SetupList] = message;
      else fieldErrors[path] = message;
    }
    setListErrors(lists);
    showActionErrors({ ...result, fieldErrors }, setError, entryField);
    setStatus("Not saved: see the messages above.");
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6" aria-label="Sessions and speakers setup">
      <FormAlert message={errors.root?.server?.message} />
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {LISTS.map((spec) => (
        <ListEditor key={spec.list} spec={spec} form={form} saved={saved} announce={setAnnouncement} error={listErrors[spec.list]} />
      ))}

      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
        <p role="status" className="mr-auto text-sm text-slate-600">
          {status || (isDirty ? "You have unsaved changes." : "")}
        </p>
        <Button
          variant="secondary"
          disabled={!isDirty || isSubmitting}
          onClick={() => {
            reset(toFormValues(saved));
            setListErrors({});
            setStatus("Changes discarded.");
          }}
        >
          Discard changes
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
