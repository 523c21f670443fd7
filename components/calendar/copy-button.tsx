"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies `value` to the clipboard and says so (politely, for screen readers too). */
export function CopyButton({ value, label = "Copy", accessibleName }: { value: string; label?: string; accessibleName?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // Clipboard access needs a secure context or permission; the URL stays selectable text.
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2500);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" className="px-3 py-1.5" onClick={copy} aria-label={accessibleName}>
        {label}
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the address and copy it" : ""}
      </span>
    </span>
  );
}
