"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/forms/action-result";

/**
 * Delete behind a confirmation (sessions and speakers). The native modal `<dialog>` traps focus,
 * closes on Escape and returns focus to the opening button; Cancel is focused first so Enter
 * never deletes by accident. `action` is a bound server action.
 */
export function DeleteButton({
  label,
  title,
  text,
  action,
  redirectTo,
}: {
  label: string;
  title: string;
  text: string;
  action: () => Promise<ActionResult>;
  redirectTo: string;
}) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) {
        setError(result.formError ?? "That could not be deleted.");
        return;
      }
      dialogRef.current?.close();
      router.push(redirectTo);
    });

  return (
    <>
      <Button variant="danger" onClick={() => dialogRef.current?.showModal()}>
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
          {title}
        </h2>
        <p id={textId} className="mt-2 text-sm text-slate-600">
          {text}
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
          <Button variant="danger" onClick={confirm} disabled={pending}>
            {pending ? "Deleting…" : "Delete"}
          </Button>
        </div>
      </dialog>
    </>
  );
}
