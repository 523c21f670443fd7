import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClasses } from "@/components/ui/button";

/**
 * The foot of a create or edit form: what the last save did (when the form stays open after
 * saving, or why it failed when that belongs to no field), the way back (a link, or `cancel`
 * for a form shown in place), and the submit button, which says it is saving while it is.
 */
export function FormActions({
  status,
  failed = false,
  back,
  cancel,
  submitLabel,
  submitting,
}: {
  status?: string;
  failed?: boolean;
  back?: { href: string; label: string };
  cancel?: ReactNode;
  submitLabel: string;
  submitting: boolean;
}) {
  return (
    <div className="flex flex-wrap items-center justify-end gap-3">
      {status !== undefined ? (
        <p role="status" aria-live="polite" className={`mr-auto text-sm ${failed ? "text-red-700" : "text-green-800"}`}>
          {status}
        </p>
      ) : null}
      {back ? (
        <Link href={back.href} className={buttonClasses("secondary")}>
          {back.label}
        </Link>
      ) : null}
      {cancel}
      <Button type="submit" disabled={submitting}>
        {submitting ? "Saving…" : submitLabel}
      </Button>
    </div>
  );
}
