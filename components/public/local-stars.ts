"use client";

import { useMemo, useSyncExternalStore } from "react";

/**
 * Stars of a visitor who is not signed in, kept in this browser (localStorage) until they sign
 * in, when StarMerge hands them to their account. One list for all events: session ids are
 * unique across the site.
 */
const KEY = "open-event:starred-sessions";
const CHANGED = "open-event:local-stars-changed";
const LIMIT = 500;

function parse(raw: string | null): number[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((id): id is number => Number.isSafeInteger(id) && id > 0).slice(0, LIMIT) : [];
  } catch {
    // Anything else under our key (an old format, a hand edit) counts as no stars.
    return [];
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

// The raw string is the snapshot: a primitive, so React sees a change only when it changes.
const snapshot = () => window.localStorage.getItem(KEY);
const serverSnapshot = () => null;

/** The ids starred in this browser (empty on the server and before hydration). */
export function useLocalStars(): ReadonlySet<number> {
  const raw = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  return useMemo(() => new Set(parse(raw)), [raw]);
}

export function setLocalStar(sessionId: number, starred: boolean): void {
  const ids = new Set(parse(snapshot()));
  if (starred) ids.add(sessionId);
  else ids.delete(sessionId);
  window.localStorage.setItem(KEY, JSON.stringify([...ids].slice(-LIMIT)));
  window.dispatchEvent(new Event(CHANGED));
}

export function readLocalStars(): number[] {
  return parse(snapshot());
}

export function clearLocalStars(ids: readonly number[]): void {
  const merged = new Set(ids);
  const left = parse(snapshot()).filter((id) => !merged.has(id));
  if (left.length) window.localStorage.setItem(KEY, JSON.stringify(left));
  else window.localStorage.removeItem(KEY);
  window.dispatchEvent(new Event(CHANGED));
}
