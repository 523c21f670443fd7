"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { useFocusAfterRender } from "@/components/event-setup/use-focus-after-render";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { deleteContentAction, reorderContentAction } from "@/lib/content/actions";
import type { EditorKindName } from "@/lib/content/editor";
import { EDITOR_CONFIGS, type EditorItemView } from "./configs";
import { ItemForm } from "./item-form";

/**
 * The list + add/edit/delete editor shared by sponsors, social links and tickets (configs.ts
 * says what differs). One form is open at a time, in place of the row it edits; after every
 * change the page's data is reloaded from the server, so the list shows what was stored.
 * Sponsors are reordered with move up/down buttons (keyboard-operable, focus follows the row).
 */
export function ContentEditor({
  kind,
  eventId,
  zone,
  items,
}: {
  kind: EditorKindName;
  eventId: string;
  zone: string;
  items: EditorItemView[];
}) {
  const config = EDITOR_CONFIGS[kind];
  const router = useRouter();
  const [editing, setEditing] = useState<number | "new" | null>(null);
  const [status, setStatus] = useState("");
  const [moveError, setMoveError] = useState("");
  const [moving, startMove] = useTransition();
  const [shown, setShown] = useOptimistic(items);
  const focusLater = useFocusAfterRender();
  const nameOf = (item: EditorItemView) => `${config.singular} “${String(item.name)}”`;

  const move = (from: number, to: number) => {
    const item = shown[from];
    if (!item || to < 0 || to >= shown.length) return;
    const next = [...shown];
    next.splice(from, 1);
    next.splice(to, 0, item);
    setMoveError("");
    startMove(async () => {
      setShown(next);
      focusLater(`${kind}-${item.id}-${to === 0 ? "down" : to === next.length - 1 ? "up" : to < from ? "up" : "down"}`);
      const result = await reorderContentAction(kind, eventId, next.map((row) => row.id));
      if (!result.ok) {
        setMoveError(result.formError ?? "Could not move it.");
        return;
      }
      setStatus(`Moved ${nameOf(item)} to position ${to + 1} of ${next.length}.`);
      router.refresh();
    });
  };

  const saved = (label: string, id: number) => {
    setEditing(null);
    setStatus(label);
    router.refresh();
    focusLater(`${kind}-${id}-edit`);
  };

  const iconButton =
    "inline-flex size-9 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-700 shadow-sm hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-40";

  return (
    <section aria-labelledby={`${kind}-heading`} className="space-y-4">
      <div>
        <h2 id={`${kind}-heading`} className="sr-only">
          {config.plural}
        </h2>
        <p className="text-sm text-slate-600">{config.description}</p>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-700 empty:hidden">
        {status}
      </p>
      {moveError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {moveError}
        </p>
      ) : null}
      {shown.length ? (
        <ul className="space-y-3" aria-label={config.plural}>
          {shown.map((item, index) =>
            editing === item.id ? (
              <li key={item.id}>
                <ItemForm
                  kind={kind}
                  config={config}
                  eventId={eventId}
                  zone={zone}
                  item={item}
                  position={index}
                  onCancel={() => {
                    setEditing(null);
                    focusLater(`${kind}-${item.id}-edit`);
                  }}
                  onSaved={(row) => saved(`Saved ${config.singular} “${String(row.name)}”.`, row.id)}
                />
              </li>
            ) : (
              <li key={item.id} className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <div className="min-w-0 flex-1">
                  <h3 className="font-semibold text-slate-900">{String(item.name)}</h3>
                  {config.summary(item, zone).map((line) => (
                    <p key={line} className="break-words text-sm text-slate-600">
                      {line}
                    </p>
                  ))}
                </div>
                <div className="flex flex-wrap items-center gap-1">
                  {config.reorderable ? (
                    <>
                      <button
                        type="button"
                        id={`${kind}-${item.id}-up`}
                        className={iconButton}
                        aria-label={`Move ${nameOf(item)} up`}
                        aria-disabled={index === 0 || moving || undefined}
                        onClick={() => index > 0 && !moving && move(index, index - 1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        type="button"
                        id={`${kind}-${item.id}-down`}
                        className={iconButton}
                        aria-label={`Move ${nameOf(item)} down`}
                        aria-disabled={index === shown.length - 1 || moving || undefined}
                        onClick={() => index < shown.length - 1 && !moving && move(index, index + 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                    </>
                  ) : null}
                  <Button
                    id={`${kind}-${item.id}-edit`}
                    variant="secondary"
                    className="px-3 py-1.5"
                    aria-label={`Edit ${nameOf(item)}`}
                    onClick={() => setEditing(item.id)}
                  >
                    Edit
                  </Button>
                  <ConfirmButton
                    label="Delete"
                    confirmLabel={`Delete ${config.singular}`}
                    accessibleName={`Delete ${nameOf(item)}`}
                    action={async () => {
                      const result = await deleteContentAction(kind, eventId, item.id);
                      if (result.ok) {
                        setStatus(`Deleted ${nameOf(item)}.`);
                        router.refresh();
                        focusLater(`${kind}-add`);
                      }
                      return result;
                    }}
                  />
                </div>
              </li>
            ),
          )}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">No {config.plural.toLowerCase()} yet.</p>
      )}
      {editing === "new" ? (
        <ItemForm
          kind={kind}
          config={config}
          eventId={eventId}
          zone={zone}
          item={null}
          position={shown.length}
          onCancel={() => {
            setEditing(null);
            focusLater(`${kind}-add`);
          }}
          onSaved={(row) => saved(`Added ${config.singular} “${String(row.name)}”.`, row.id)}
        />
      ) : (
        <Button id={`${kind}-add`} onClick={() => setEditing("new")}>
          Add {config.singular}
        </Button>
      )}
    </section>
  );
}
