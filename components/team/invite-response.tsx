"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { respondToInviteAction } from "@/lib/role-invites/actions";

/** Accept / Decline for the signed-in invitee. Accepting navigates to the event's dashboard. */
export function InviteResponse({ hash }: { hash: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  const answer = (value: "accepted" | "declined") =>
    startTransition(async () => {
      setError(undefined);
      const result = await respondToInviteAction(hash, value);
      if (!result.ok) setError(result.formError ?? "That did not work.");
    });

  return (
    <div className="space-y-3">
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => answer("accepted")} disabled={pending}>
          Accept
        </Button>
        <Button variant="secondary" onClick={() => answer("declined")} disabled={pending}>
          Decline
        </Button>
      </div>
    </div>
  );
}
