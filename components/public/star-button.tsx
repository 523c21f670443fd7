"use client";

import { useState, useTransition } from "react";
import { setStarAction } from "@/lib/stars/actions";

/**
 * Star/unstar a session for the signed-in user's personal calendar. A toggle button
 * (`aria-pressed`) named after the session, so a list of them stays distinguishable.
 */
export function StarButton({ sessionId, title, starred: initial }: { sessionId: number; title: string; starred: boolean }) {
  const [starred, setStarred] = useState(initial);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const toggle = () => {
    const next = !starred;
    setStarred(next);
    setError(undefined);
    startTransition(async () => {
      const result = await setStarAction(sessionId, next);
      if (!result.ok) {
        setStarred(!next);
        setError(result.formError ?? "That did not work.");
      }
    });
  };

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-pressed={starred}
        aria-label={`Star ${title}`}
        title={starred ? "Starred: in your calendar feed" : "Star: add to your calendar feed"}
        onClick={toggle}
        disabled={pending}
        className={`inline-flex size-9 items-center justify-center rounded-full border text-lg leading-none transition-colors disabled:opacity-60 ${
          starred ? "border-amber-300 bg-amber-50 text-amber-600" : "border-slate-300 bg-white text-slate-400 hover:text-amber-600"
        }`}
      >
        <span aria-hidden="true">{starred ? "★" : "☆"}</span>
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
