"use client";

import { useState, useTransition } from "react";
import { setStarAction } from "@/lib/stars/actions";
import { setLocalStar, useLocalStars } from "./local-stars";

/** Announced to the page (the schedule's "starred only" view follows signed-in stars through it). */
export const STAR_EVENT = "open-event:star";
export type StarEventDetail = { sessionId: number; starred: boolean };

function Toggle({ title, starred, pending, onClick, hint }: { title: string; starred: boolean; pending?: boolean; onClick: () => void; hint: string }) {
  return (
    <button
      type="button"
      aria-pressed={starred}
      aria-label={`Star ${title}`}
      title={hint}
      onClick={onClick}
      disabled={pending}
      className={`inline-flex size-9 shrink-0 items-center justify-center rounded-full border text-lg leading-none transition-colors disabled:opacity-60 ${
        starred ? "border-amber-300 bg-amber-50 text-amber-700" : "border-slate-300 bg-white text-slate-500 hover:text-amber-700"
      }`}
    >
      <span aria-hidden="true">{starred ? "★" : "☆"}</span>
    </button>
  );
}

/** A visitor's star, kept in this browser until they sign in. */
function LocalStarButton({ sessionId, title }: { sessionId: number; title: string }) {
  const starred = useLocalStars().has(sessionId);
  return (
    <Toggle
      title={title}
      starred={starred}
      hint={starred ? "Starred in this browser: sign in to keep it in your calendar feed" : "Star: remember in this browser"}
      onClick={() => setLocalStar(sessionId, !starred)}
    />
  );
}

function AccountStarButton({ sessionId, title, starred: initial }: { sessionId: number; title: string; starred: boolean }) {
  const [starred, setStarred] = useState(initial);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const announce = (value: boolean) =>
    window.dispatchEvent(new CustomEvent<StarEventDetail>(STAR_EVENT, { detail: { sessionId, starred: value } }));
  const toggle = () => {
    const next = !starred;
    setStarred(next);
    announce(next);
    setError(undefined);
    startTransition(async () => {
      const result = await setStarAction(sessionId, next);
      if (!result.ok) {
        setStarred(!next);
        announce(!next);
        setError(result.formError ?? "That did not work.");
      }
    });
  };

  return (
    <span className="inline-flex items-center gap-2">
      <Toggle
        title={title}
        starred={starred}
        pending={pending}
        hint={starred ? "Starred: in your calendar feed" : "Star: add to your calendar feed"}
        onClick={toggle}
      />
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/**
 * Star/unstar a session: a toggle button (`aria-pressed`) named after the session, so a list of
 * them stays distinguishable. Signed in (`starred` is a boolean), the star is the account's and
 * feeds the personal calendar; signed out (`starred` is null), it is kept in this browser.
 */
export function StarButton({ sessionId, title, starred }: { sessionId: number; title: string; starred: boolean | null }) {
  return starred === null ? (
    <LocalStarButton sessionId={sessionId} title={title} />
  ) : (
    <AccountStarButton sessionId={sessionId} title={title} starred={starred} />
  );
}
