"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { setSessionStateAction } from "@/lib/sessions/actions";
import type { SessionState } from "@/lib/sessions/states";
import { SessionStateBadge } from "./state-badge";

/** How each transition of lib/sessions/states.ts is offered. */
const LABELS: Record<string, { label: string; done: string; variant: ButtonVariant }> = {
  accept: { label: "Accept", done: "Session accepted.", variant: "primary" },
  confirm: { label: "Confirm", done: "Session confirmed.", variant: "primary" },
  reject: { label: "Reject", done: "Session rejected.", variant: "danger" },
  cancel: { label: "Cancel session", done: "Session canceled.", variant: "danger" },
  reopen: { label: "Back to pending", done: "Session is pending again.", variant: "secondary" },
  submit: { label: "Submit for review", done: "Session is pending review.", variant: "secondary" },
  withdraw: { label: "Withdraw", done: "Session withdrawn.", variant: "secondary" },
};

export interface OfferedTransition {
  name: string;
  to: SessionState;
}

/**
 * The current state and one button per transition the caller may make from it (the page works
 * them out from the transition table), so an impossible change is never offered.
 */
export function SessionStateActions({
  sessionId,
  state,
  transitions,
}: {
  sessionId: number;
  state: SessionState;
  transitions: OfferedTransition[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  const run = (transition: OfferedTransition) =>
    startTransition(async () => {
      setMessage(null);
      const result = await setSessionStateAction(String(sessionId), transition.to);
      if (!result.ok) {
        setMessage({ tone: "error", text: result.formError ?? (Object.values(result.fieldErrors).join(" ") || "That did not work.") });
        return;
      }
      setMessage({ tone: "ok", text: LABELS[transition.name]?.done ?? `Session is ${result.data.state}.` });
      router.refresh();
    });

  return (
    <section aria-labelledby="session-state-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="session-state-heading" className="text-base font-semibold">
          State
        </h2>
        <span data-testid="session-state">
          <SessionStateBadge state={state} />
        </span>
      </div>
      {transitions.length ? (
        <div className="flex flex-wrap gap-2">
          {transitions.map((transition) => {
            const label = LABELS[transition.name] ?? { label: transition.name, variant: "secondary" as const };
            return (
              <Button key={transition.name} variant={label.variant} disabled={pending} onClick={() => run(transition)}>
                {label.label}
              </Button>
            );
          })}
        </div>
      ) : (
        <p className="text-sm text-slate-600">No change of state is possible from here.</p>
      )}
      <p
        role="status"
        aria-live="polite"
        className={message?.tone === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}
      >
        {message?.text}
      </p>
    </section>
  );
}
