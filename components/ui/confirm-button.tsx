"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/forms/action-result";

/**
 * A destructive action behind a confirm step, so a stray click neither deletes nor locks anyone
 * out. With `dialog` (deleting what the page shows) the question is a native modal `<dialog>`,
 * which traps focus, closes on Escape and returns focus to the opening button; Cancel is
 * focused first so Enter never confirms by accident. Without it (an action on one row of a
 * list) the question is asked in place. The action's refusal is shown beside the buttons.
 */
export function ConfirmButton({
  label,
  accessibleName,
  confirmLabel,
  pendingLabel = "Working…",
  dialog,
  action,
  failure = "That did not work.",
  redirectTo,
}: {
  label: string;
  /** Names the row for a row action, e.g. "Revoke the invite to ann@example.org". */
  accessibleName?: string;
  confirmLabel: string;
  pendingLabel?: string;
  dialog?: { title: string; text: string };
  /** A bound server action. */
  action: () => Promise<ActionResult>;
  /** Shown when the action fails without saying why. */
  failure?: string;
  /** Where to go once the action succeeded (what was deleted has no page any more). */
  redirectTo?: string;
}) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) {
        setError(result.formError ?? failure);
        return;
      }
      dialogRef.current?.close();
      if (redirectTo) router.push(redirectTo);
    });

  const confirmButton = (
    <Button variant="danger" onClick={confirm} disabled={pending}>
      {pending ? pendingLabel : confirmLabel}
    </Button>
  );

  if (!dialog) {
    if (!confirming) {
      return (
        <Button variant="ghost" aria-label={accessibleName} onClick={() => setConfirming(true)}>
          {label}
        </Button>
      );
    }
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        {confirmButton}
        <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
          Cancel
        </Button>
        {error ? (
          <span role="alert" className="text-sm text-red-700">
            {error}
          </span>
        ) : null}
      </span>
    );
  }

  return (
    <>
      <Button variant="danger" aria-label={accessibleName} onClick={() => dialogRef.current?.showModal()}>
        {label}
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-6 shadow-xl"
        onClose={() => setError(null)}
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {dialog.title}
        </h2>
        <p id={textId} className="mt-2 text-sm text-slate-600">
          {dialog.text}
        </p>
        {error ? (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <div className="mt-6 flex justify-end gap-3">
          <Button variant="secondary" autoFocus onClick={() => dialogRef.current?.close()} disabled={pending}>
            Cancel
          </Button>
          {confirmButton}
        </div>
      </dialog>
    </>
  );
}
