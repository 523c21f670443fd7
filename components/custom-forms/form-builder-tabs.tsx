"use client";

import { useCallback, useState, type KeyboardEvent } from "react";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { FORM_KINDS, type FormKind } from "@/lib/custom-forms/fields";
import type { FormField } from "@/lib/custom-forms/form-schema";
import { FormEditor } from "./form-builder";

const LABELS: Record<FormKind, string> = { session: "Session form", speaker: "Speaker form" };

/**
 * The builder's session and speaker tabs (the WAI-ARIA tabs pattern: arrows move between them).
 * Both editors stay mounted, so switching tabs keeps unsaved changes; leaving the page with any
 * asks first.
 */
export function FormBuilder({
  eventId,
  definition,
  tracks,
  types,
}: {
  eventId: string;
  definition: readonly FormField[];
  tracks: readonly { id: number; name: string }[];
  types: readonly { id: number; name: string; length: string }[];
}) {
  const [tab, setTab] = useState<FormKind>("session");
  const [dirty, setDirty] = useState<Record<FormKind, boolean>>({ session: false, speaker: false });
  useUnsavedChanges(dirty.session || dirty.speaker);
  const onDirty = useCallback((form: FormKind, value: boolean) => setDirty((current) => (current[form] === value ? current : { ...current, [form]: value })), []);
  const onSessionDirty = useCallback((value: boolean) => onDirty("session", value), [onDirty]);
  const onSpeakerDirty = useCallback((value: boolean) => onDirty("speaker", value), [onDirty]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const next = tab === "session" ? "speaker" : "session";
    setTab(next);
    document.getElementById(`forms-tab-${next}`)?.focus();
  };

  return (
    <div className="space-y-4">
      <div role="tablist" aria-label="Forms" className="flex gap-1 border-b border-slate-200">
        {FORM_KINDS.map((form) => (
          <button
            key={form}
            id={`forms-tab-${form}`}
            type="button"
            role="tab"
            aria-selected={tab === form}
            aria-controls={`forms-panel-${form}`}
            tabIndex={tab === form ? 0 : -1}
            onClick={() => setTab(form)}
            onKeyDown={onKeyDown}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${tab === form ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {LABELS[form]}
            {dirty[form] ? <span className="text-slate-500"> (unsaved)</span> : null}
          </button>
        ))}
      </div>
      {FORM_KINDS.map((form) => (
        <div key={form} id={`forms-panel-${form}`} role="tabpanel" aria-labelledby={`forms-tab-${form}`} hidden={tab !== form}>
          <FormEditor
            eventId={eventId}
            form={form}
            initial={definition.filter((field) => field.form === form)}
            otherForm={definition.filter((field) => field.form !== form)}
            tracks={tracks}
            types={types}
            onDirtyChange={form === "session" ? onSessionDirty : onSpeakerDirty}
          />
        </div>
      ))}
    </div>
  );
}
