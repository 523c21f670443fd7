"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { setMemberTracksAction } from "@/lib/role-invites/actions";

/**
 * The tracks a track organizer organizes, as checkboxes: they see and decide on the sessions of
 * these tracks only. Saving replaces the whole set.
 */
export function TrackPicker({
  entryId,
  eventKey,
  who,
  tracks,
  selected,
}: {
  entryId: number;
  eventKey: string;
  who: string;
  tracks: { id: number; name: string }[];
  selected: number[];
}) {
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set(selected));
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const [pending, startTransition] = useTransition();

  if (!tracks.length) return <p className="text-sm text-slate-500">The event has no tracks yet; add some to assign them.</p>;
  const toggle = (id: number) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <legend className="sr-only">Tracks {who} organizes</legend>
      {tracks.map((track) => (
        <label key={track.id} className="inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={checked.has(track.id)} onChange={() => toggle(track.id)} disabled={pending} />
          {track.name}
        </label>
      ))}
      <Button
        variant="secondary"
        disabled={pending}
        aria-label={`Save the tracks of ${who}`}
        onClick={() =>
          startTransition(async () => {
            const result = await setMemberTracksAction(entryId, eventKey, [...checked]);
            setMessage(result.ok ? { error: false, text: "Saved." } : { error: true, text: result.formError ?? "That did not work." });
          })
        }
      >
        {pending ? "Saving…" : "Save tracks"}
      </Button>
      {message ? (
        <span role={message.error ? "alert" : "status"} className={`text-sm ${message.error ? "text-red-700" : "text-slate-600"}`}>
          {message.text}
        </span>
      ) : null}
    </fieldset>
  );
}
