"use client";

import { useState, useTransition } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { revokeCalendarTokenAction, rotateCalendarTokenAction } from "@/lib/feeds/actions";
import type { FeedLinks } from "@/lib/feeds/urls";
import { CopyButton } from "./copy-button";

type Pending = "rotate" | "revoke" | null;

/**
 * The personal feed's address with copy buttons, and the token's life: create, rotate (a new
 * address; the old one stops working) and revoke, each destructive step behind a confirmation.
 */
export function FeedUrlPanel({ links }: { links: FeedLinks | null }) {
  const [confirming, setConfirming] = useState<Pending>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<void>) =>
    startTransition(async () => {
      await action();
      setConfirming(null);
    });

  if (!links) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-600">
          You have no personal feed address yet. Create one to follow your starred sessions in any calendar app.
        </p>
        <Button onClick={() => run(rotateCalendarTokenAction)} disabled={pending}>
          {pending ? "Creating…" : "Create my feed address"}
        </Button>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        <a href={links.webcal} className={buttonClasses("primary")}>
          Subscribe in your calendar
        </a>
        <a href={links.url} download className={buttonClasses("secondary")}>
          Download .ics
        </a>
      </div>
      {[
        { label: "Feed address (https)", value: links.url, copy: "Copy address" },
        { label: "Subscribe address (webcal)", value: links.webcal, copy: "Copy webcal address" },
      ].map((entry) => (
        <div key={entry.label} className="space-y-1">
          <p className="text-sm font-medium text-slate-700">{entry.label}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="min-w-0 flex-1 break-all rounded bg-slate-100 px-2 py-1 text-xs" data-testid="feed-url">
              {entry.value}
            </code>
            <CopyButton value={entry.value} label={entry.copy} />
          </div>
        </div>
      ))}
      <p className="text-sm text-slate-600">
        Anyone with this address can see your starred sessions. If it leaked, get a new one: the old address stops working at once.
      </p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="confirm-token" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
          <p id="confirm-token" className="text-sm text-amber-900">
            {confirming === "rotate"
              ? "Get a new address? Calendars subscribed with the current one stop updating until you subscribe again."
              : "Turn off the feed? Calendars subscribed with it stop updating."}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => run(confirming === "rotate" ? rotateCalendarTokenAction : revokeCalendarTokenAction)}
            >
              {pending ? "Working…" : confirming === "rotate" ? "Yes, get a new address" : "Yes, turn it off"}
            </Button>
            <Button variant="ghost" disabled={pending} onClick={() => setConfirming(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setConfirming("rotate")}>
            Get a new address
          </Button>
          <Button variant="ghost" onClick={() => setConfirming("revoke")}>
            Turn off the feed
          </Button>
        </div>
      )}
    </div>
  );
}
