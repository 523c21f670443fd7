"use client";

import Link from "next/link";
import { useRef, type KeyboardEvent } from "react";
import { formatDayTab, formatTime } from "@/components/schedule/format";
import type { PublicSessionItem } from "@/lib/public/load-public-pages";

interface Cell {
  sessions: PublicSessionItem[];
  row: number;
  span: number;
}

const NO_ROOM = "Room to be announced";

/**
 * Sessions laid out as a table: rooms across, time down, each session a cell spanning the rows
 * of its length. The rows are the intervals between the day's start and end times, each as
 * tall as it is long, so a session's height shows its length. Sessions that overlap in one
 * room share a cell.
 */
export function layoutGrid(sessions: readonly PublicSessionItem[], roomOrder: readonly string[]) {
  const bounds = [...new Set(sessions.flatMap((session) => [Date.parse(session.startsAt ?? ""), Date.parse(session.endsAt ?? "")]))]
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const index = new Map(bounds.map((value, i) => [value, i]));
  const used = new Set(sessions.map((session) => session.room ?? NO_ROOM));
  const rooms = [...roomOrder.filter((room) => used.has(room)), ...(used.has(NO_ROOM) ? [NO_ROOM] : [])];
  const cells = new Map<string, Cell[]>(rooms.map((room) => [room, []]));
  const ordered = [...sessions].sort((a, b) => Date.parse(a.startsAt ?? "") - Date.parse(b.startsAt ?? "") || a.id - b.id);
  for (const session of ordered) {
    const start = index.get(Date.parse(session.startsAt ?? "")) ?? 0;
    const end = Math.max(start + 1, index.get(Date.parse(session.endsAt ?? "")) ?? start + 1);
    const column = cells.get(session.room ?? NO_ROOM) ?? [];
    const last = column.at(-1);
    if (last && start < last.row + last.span) {
      last.sessions.push(session);
      last.span = Math.max(last.span, end - last.row);
    } else {
      column.push({ sessions: [session], row: start, span: end - start });
    }
  }
  return { bounds, rooms, cells };
}

/** Arrow keys move between sessions: up/down within a room, left/right to the nearest session of the next room. */
function moveFocus(event: KeyboardEvent<HTMLTableElement>) {
  const deltas: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
  const delta = deltas[event.key];
  const current = (event.target as HTMLElement).closest<HTMLElement>("[data-col]");
  if (!delta || !current) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>("a[data-col]")];
  const col = Number(current.dataset.col);
  const row = Number(current.dataset.row);
  const at = (link: HTMLElement) => ({ col: Number(link.dataset.col), row: Number(link.dataset.row) });
  let target: HTMLElement | undefined;
  if (delta[1]) {
    const same = links.filter((link) => at(link).col === col && Math.sign(at(link).row - row) === delta[1]);
    target = delta[1] > 0 ? same[0] : same.at(-1);
  } else {
    for (let next = col + delta[0]; next >= 0 && !target; next += delta[0]) {
      const column = links.filter((link) => at(link).col === next);
      if (!column.length) {
        if (!links.some((link) => (delta[0] > 0 ? at(link).col > next : at(link).col < next))) break;
        continue;
      }
      target = column.reduce((best, link) => (Math.abs(at(link).row - row) < Math.abs(at(best).row - row) ? link : best));
    }
  }
  if (!target) return;
  event.preventDefault();
  target.focus();
}

export function ScheduleGrid({
  identifier,
  timezone,
  day,
  sessions,
  rooms: roomOrder,
  marks,
}: {
  identifier: string;
  timezone: string;
  day: string;
  sessions: PublicSessionItem[];
  rooms: string[];
  marks: { now: number[]; next: number[] };
}) {
  const tableRef = useRef<HTMLTableElement>(null);
  const { bounds, rooms, cells } = layoutGrid(sessions, roomOrder);
  const base = `/e/${encodeURIComponent(identifier)}`;
  const starts = new Map<string, Map<number, Cell>>(rooms.map((room) => [room, new Map((cells.get(room) ?? []).map((cell) => [cell.row, cell]))]));
  const covered = (room: string, row: number) => (cells.get(room) ?? []).some((cell) => cell.row < row && row < cell.row + cell.span);

  return (
    <div role="region" aria-label="Schedule grid, scrolls sideways" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table ref={tableRef} className="w-full border-collapse text-sm" onKeyDown={moveFocus}>
        <caption className="sr-only">
          Sessions on {formatDayTab(day, timezone)}: rooms across, time down. Arrow keys move between sessions.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 w-16 border-b border-slate-200 bg-white px-2 py-2 text-left text-xs font-semibold text-slate-600">
              Time
            </th>
            {rooms.map((room) => (
              <th key={room} scope="col" className="min-w-40 border-b border-l border-slate-200 px-2 py-2 text-left font-semibold text-slate-800">
                {room}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bounds.slice(0, -1).map((bound, row) => {
            const minutes = ((bounds[row + 1] ?? bound) - bound) / 60_000;
            return (
              <tr key={bound} style={{ height: `${Math.max(2, minutes / 10)}rem` }}>
                <th scope="row" className="sticky left-0 z-10 border-t border-slate-100 bg-white px-2 py-1 text-left align-top text-xs font-medium tabular-nums text-slate-600">
                  <time dateTime={new Date(bound).toISOString()}>{formatTime(new Date(bound), timezone)}</time>
                </th>
                {rooms.map((room, col) => {
                  const cell = starts.get(room)?.get(row);
                  if (!cell) return covered(room, row) ? null : <td key={room} className="border-l border-t border-slate-100" />;
                  return (
                    <td key={room} rowSpan={cell.span} className="border-l border-t border-slate-100 p-1 align-top">
                      <ul className="flex h-full flex-col gap-1">
                        {cell.sessions.map((session) => {
                          const mark = marks.now.includes(session.id) ? "Now" : marks.next.includes(session.id) ? "Next" : null;
                          return (
                            <li
                              key={session.id}
                              className="flex-1 rounded-md border border-slate-200 bg-slate-50 p-2"
                              style={session.track ? { borderLeft: `4px solid ${session.track.color}` } : undefined}
                            >
                              <Link
                                href={`${base}/sessions/${session.id}`}
                                data-col={col}
                                data-row={row}
                                className="font-semibold leading-snug text-slate-900 hover:text-brand-700 hover:underline"
                              >
                                {session.title}
                              </Link>
                              <p className="mt-0.5 text-xs text-slate-600">
                                {formatTime(new Date(session.startsAt ?? 0), timezone)}–{formatTime(new Date(session.endsAt ?? 0), timezone)}
                                {session.track ? ` · ${session.track.name}` : ""}
                                {mark ? <strong className="ml-1 rounded bg-red-600 px-1 text-white">{mark}</strong> : null}
                              </p>
                              {session.speakers.length ? (
                                <p className="mt-0.5 text-xs text-slate-700">{session.speakers.map((speaker) => speaker.name).join(", ")}</p>
                              ) : null}
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
