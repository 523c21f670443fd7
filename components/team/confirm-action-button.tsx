"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/forms/action-result";

/**
 * A destructive team action (revoke an invite, remove a member) behind a confirm step, so a
 * stray click does not lock someone out. Errors are shown beside the button.
 */
export function ConfirmActionButton({
  label,
  confirmLabel,
  accessibleName,
  action,
}: {
  label: string;
  confirmLabel: string;
  /** Names the row, e.g. "Revoke the invite to ann@example.org". */
  accessibleName: string;
  action: () => Promise<ActionResult>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  if (!confirming) {
    return (
      <Button variant="ghost" aria-label={accessibleName} onClick={() => setConfirming(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action();
            if (!result.ok) setError(result.formError ?? "That did not work.");
          })
        }
      >
        {pending ? "Working…" : confirmLabel}
      </Button>
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
