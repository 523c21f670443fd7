"use client";

import { useSyncExternalStore } from "react";
import { formatEventRange, formatZone } from "@/lib/format/dates";

const subscribe = () => () => undefined;
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
// The server does not know the visitor's zone: nothing is rendered there, so hydration matches.
const serverZone = () => null;

/** The visitor's own zone, once the page runs in their browser (null on the server). */
export function useVisitorZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, serverZone);
}

/**
 * The same range in the visitor's zone, beside the event's own, when the two zones differ (a
 * visitor in Berlin reads a Singapore keynote at 02:00 their time, not 09:00).
 */
export function LocalTimeRange({ startsAt, endsAt, eventZone }: { startsAt: string; endsAt: string; eventZone: string }) {
  const zone = useVisitorZone();
  if (!zone || zone === eventZone) return null;
  return (
    <span className="block text-slate-500" data-testid="local-time">
      Your time: {formatEventRange(startsAt, endsAt, zone)} · {formatZone(zone, startsAt)}
    </span>
  );
}
