"use client";

import { useCallback, useState } from "react";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import type { ImageSizesSettings as Settings } from "@/lib/image-sizes/get-image-sizes";
import { ImageSizesForm } from "./image-sizes-form";

/** Both forms, with one unsaved-changes guard for the page (one prompt, whichever form is dirty). */
export function ImageSizesSettings({ settings }: { settings: Settings }) {
  const [dirty, setDirty] = useState({ event: false, speaker: false });
  const onEventDirty = useCallback((value: boolean) => setDirty((current) => ({ ...current, event: value })), []);
  const onSpeakerDirty = useCallback((value: boolean) => setDirty((current) => ({ ...current, speaker: value })), []);
  useUnsavedChanges(dirty.event || dirty.speaker);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ImageSizesForm kind="event" id={settings.event.id} defaultValues={settings.event.values} onDirtyChange={onEventDirty} />
      <ImageSizesForm kind="speaker" id={settings.speaker.id} defaultValues={settings.speaker.values} onDirtyChange={onSpeakerDirty} />
    </div>
  );
}
