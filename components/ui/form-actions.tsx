import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";

/**
 * The foot of a create or edit form: what the last save did (when the form stays open after
 * saving), the way back, and the submit button, which says it is saving while it is.
 */
export function FormActions({
  status,
  back,
  submitLabel,
  submitting,
}: {
  status?: string;
  back: { href: string; label: string };
  submitLabel: string;
  submitting: boolean;
}) {
  return (
    <div className="flex flex-wrap items-center justify-end gap-3">
      {status !== undefined ? (
        <p role="status" aria-live="polite" className="mr-auto text-sm text-green-800">
          {status}
        </p>
      ) : null}
      <Link href={back.href} className={buttonClasses("secondary")}>
        {back.label}
      </Link>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Saving…" : submitLabel}
      </Button>
    </div>
  );
}
