"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { setEventStateAction } from "@/lib/events/actions";

/** Publishes a draft or takes a published event back to draft. */
export function EventStateButton({ eventId, state }: { eventId: string; state: "draft" | "published" }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const next = state === "published" ? "draft" : "published";

  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant={next === "published" ? "primary" : "secondary"}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await setEventStateAction(eventId, next);
            if (!result.ok) {
              setError(
                result.formError ?? (Object.values(result.fieldErrors).filter(Boolean).join(" ") || "The change could not be saved."),
              );
              return;
            }
            router.refresh();
          })
        }
      >
        {pending ? "Saving…" : next === "published" ? "Publish" : "Unpublish"}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
