"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { bulkSessionStateAction } from "@/lib/sessions/actions";
import type { BulkDecision } from "@/lib/sessions/decide-sessions";
import type { SessionState } from "@/lib/sessions/states";
import { SessionStateBadge } from "./state-badge";

/** One row of the list, already formatted on the server (time in the event's zone). */
export interface SessionRow {
  id: number;
  title: string;
  state: SessionState;
  speakers: string[];
  track: { name: string; color: string } | null;
  room: string | null;
  type: string | null;
  /** The formatted start–end in the event's zone, or null when unscheduled. */
  time: string | null;
}

/**
 * The sessions list with row selection and the bulk decisions. The table scrolls sideways on a
 * phone (its first column, the checkbox and title, stays readable). The outcome of a bulk action
 * is announced in a live region, naming each session that could not be changed and why.
 */
export function SessionsTable({
  eventId,
  rows,
  canDecide,
  emptyText,
}: {
  eventId: string;
  rows: SessionRow[];
  canDecide: boolean;
  emptyText: string;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [result, setResult] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const allRef = useRef<HTMLInputElement>(null);
  const base = `/events/${encodeURIComponent(eventId)}/sessions`;

  // Selections are kept by id; a new page or filter brings other rows, and only selected rows
  // that are still shown count, so a bulk action never touches sessions out of sight.
  const chosen = rows.filter((row) => selected.has(row.id)).map((row) => row.id);

  const allSelected = rows.length > 0 && chosen.length === rows.length;
  const someSelected = chosen.length > 0;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = someSelected && !allSelected;
  }, [someSelected, allSelected]);

  const toggle = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const decide = (state: BulkDecision) =>
    startTransition(async () => {
      setResult(null);
      const outcome = await bulkSessionStateAction(eventId, chosen, state);
      if (!outcome.ok) {
        setResult({ tone: "error", text: outcome.formError ?? "That did not work." });
        return;
      }
      setResult({ tone: outcome.data.failed.length ? "error" : "ok", text: outcome.data.message });
      // Sessions that failed stay selected, so the organizer sees which ones are left.
      setSelected(new Set(outcome.data.failed.map((failure) => failure.id)));
      router.refresh();
    });

  if (!rows.length) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{emptyText}</p>;
  }

  return (
    <div className="space-y-3">
      {canDecide ? (
        <div role="toolbar" aria-label="Selected sessions" className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-600">{chosen.length} selected</span>
          <Button variant="secondary" disabled={!chosen.length || pending} onClick={() => decide("accepted")}>
            Accept selected
          </Button>
          <Button variant="secondary" disabled={!chosen.length || pending} onClick={() => decide("rejected")}>
            Reject selected
          </Button>
        </div>
      ) : null}
      <div
        role="status"
        aria-live="polite"
        data-testid="bulk-result"
        className={
          result
            ? `rounded-md border px-4 py-3 text-sm ${
                result.tone === "ok" ? "border-green-200 bg-green-50 text-green-900" : "border-red-200 bg-red-50 text-red-900"
              }`
            : "sr-only"
        }
      >
        {result?.text}
      </div>

      {/* relative: the sr-only texts inside are absolutely positioned and would escape the scroller, widening a phone's page. */}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[56rem] text-left text-sm">
          <caption className="sr-only">Sessions</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              {canDecide ? (
                <th scope="col" className="w-10 px-3 py-2">
                  <input
                    ref={allRef}
                    type="checkbox"
                    aria-label="Select all sessions on this page"
                    className="size-4 accent-brand-600"
                    checked={allSelected}
                    onChange={(event) => setSelected(event.target.checked ? new Set(rows.map((row) => row.id)) : new Set())}
                  />
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2">
                Title
              </th>
              <th scope="col" className="px-3 py-2">
                Speakers
              </th>
              <th scope="col" className="px-3 py-2">
                Track
              </th>
              <th scope="col" className="px-3 py-2">
                Room
              </th>
              <th scope="col" className="px-3 py-2">
                Type
              </th>
              <th scope="col" className="px-3 py-2">
                Time
              </th>
              <th scope="col" className="px-3 py-2">
                State
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} className={selected.has(row.id) ? "bg-brand-50" : undefined}>
                {canDecide ? (
                  <td className="px-3 py-2 align-top">
                    <input
                      type="checkbox"
                      aria-label={`Select “${row.title}”`}
                      className="size-4 accent-brand-600"
                      checked={selected.has(row.id)}
                      onChange={(event) => toggle(row.id, event.target.checked)}
                    />
                  </td>
                ) : null}
                <th scope="row" className="px-3 py-2 align-top font-medium">
                  <Link href={`${base}/${row.id}`} className="text-brand-700 hover:underline">
                    {row.title}
                  </Link>
                </th>
                <td className="px-3 py-2 align-top">{row.speakers.length ? row.speakers.join(", ") : <Missing />}</td>
                <td className="px-3 py-2 align-top">
                  {row.track ? (
                    <span className="inline-flex items-center gap-1.5">
                      <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: row.track.color }} />
                      {row.track.name}
                    </span>
                  ) : (
                    <Missing />
                  )}
                </td>
                <td className="px-3 py-2 align-top">{row.room ?? <Missing />}</td>
                <td className="px-3 py-2 align-top">{row.type ?? <Missing />}</td>
                <td className="px-3 py-2 align-top whitespace-nowrap">{row.time ?? <Missing text="Not scheduled" />}</td>
                <td className="px-3 py-2 align-top">
                  <SessionStateBadge state={row.state} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Missing({ text = "—" }: { text?: string }) {
  return (
    <span className="text-slate-400">
      {text === "—" ? (
        <>
          <span aria-hidden="true">—</span>
          <span className="sr-only">none</span>
        </>
      ) : (
        text
      )}
    </span>
  );
}
