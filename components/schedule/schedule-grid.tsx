"use client";

import { DateTime } from "luxon";
import type { CSSProperties } from "react";
import type { Schedule } from "@/lib/schedule/get-schedule";
import { dayOf, dayWindow, slotSpan, slotTimes } from "@/lib/schedule/grid";
import { readableTextColor } from "@/lib/tracks/font-color";
import { blockId, isPlaced } from "./placement";
import { formatTime } from "./format";

/**
 * One day as rooms (columns, in the rooms' order) × 15-minute rows in the event's zone. Each
 * session is a button in its track's colour that opens the scheduling dialog; sessions in a
 * conflict get a red outline AND the word "Conflict" (colour is never the only cue). Two
 * sessions in one room at once are offset so both stay visible and clickable. On narrow
 * screens the grid scrolls sideways with the time column kept in view.
 */
export function ScheduleGrid({
  schedule,
  day,
  conflicted,
  onOpen,
}: {
  schedule: Schedule;
  day: string;
  conflicted: ReadonlySet<number>;
  onOpen: (sessionId: number) => void;
}) {
  const { event, rooms, tracks, sessions } = schedule;
  const zone = event.timezone;
  const roomIds = new Set(rooms.map((room) => room.id));
  const placed = sessions.filter((session) => isPlaced(session, roomIds)).filter((session) => dayOf(session.startsAt as Date, zone) === day);
  const window = dayWindow(day, zone, event, placed as { startsAt: Date; endsAt: Date }[]);
  const times = slotTimes(window);
  const trackOf = new Map(tracks.map((track) => [track.id, track]));
  const roomName = new Map(rooms.map((room) => [room.id, room.name]));

  if (!rooms.length) return <p className="text-sm text-slate-500">No rooms to show.</p>;

  // Sessions of one room that overlap earlier ones move right by one step each.
  const lanes = new Map<number, number>();
  for (const session of placed) {
    const lane = placed.filter(
      (other) =>
        other.microlocationId === session.microlocationId &&
        (other.startsAt as Date) < (session.endsAt as Date) &&
        (session.startsAt as Date) < (other.endsAt as Date) &&
        ((other.startsAt as Date) < (session.startsAt as Date) ||
          ((other.startsAt as Date).getTime() === (session.startsAt as Date).getTime() && other.id < session.id)),
    ).length;
    lanes.set(session.id, lane);
  }

  const gridStyle: CSSProperties = {
    gridTemplateColumns: `4rem repeat(${rooms.length}, minmax(9rem, 1fr))`,
    gridTemplateRows: `auto repeat(${window.slots}, 1.25rem)`,
  };

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="schedule-grid">
      <div className="relative grid min-w-max" style={gridStyle}>
        <div className="sticky left-0 top-0 z-20 border-b border-slate-200 bg-white" style={{ gridColumn: 1, gridRow: 1 }} />
        {rooms.map((room, index) => (
          <div
            key={room.id}
            className="border-b border-l border-slate-200 bg-slate-50 px-2 py-2 text-sm font-semibold text-slate-800"
            style={{ gridColumn: index + 2, gridRow: 1 }}
          >
            {room.name}
          </div>
        ))}
        {times.map((time, index) => {
          const minute = DateTime.fromJSDate(time, { zone }).minute;
          return (
            <div
              key={time.getTime()}
              aria-hidden="true"
              className={`border-t ${minute === 0 ? "border-slate-200" : "border-slate-100"}`}
              style={{ gridColumn: `2 / span ${rooms.length}`, gridRow: index + 2 }}
            />
          );
        })}
        {times.map((time, index) => {
          const minute = DateTime.fromJSDate(time, { zone }).minute;
          if (minute % 30 !== 0) return null;
          return (
            <div
              key={`label-${time.getTime()}`}
              className="sticky left-0 z-10 -mt-2 bg-white pr-2 text-right text-xs tabular-nums text-slate-500"
              style={{ gridColumn: 1, gridRow: `${index + 2} / span 2` }}
            >
              {formatTime(time, zone)}
            </div>
          );
        })}
        {rooms.map((room, index) => (
          <div
            key={`col-${room.id}`}
            aria-hidden="true"
            className="border-l border-slate-200"
            style={{ gridColumn: index + 2, gridRow: `2 / span ${window.slots}` }}
          />
        ))}
        {placed.map((session) => {
          const startsAt = session.startsAt as Date;
          const endsAt = session.endsAt as Date;
          const span = slotSpan(window, startsAt, endsAt);
          const column = rooms.findIndex((room) => room.id === session.microlocationId) + 2;
          const track = session.trackId === null ? undefined : trackOf.get(session.trackId);
          const conflict = conflicted.has(session.id);
          const lane = lanes.get(session.id) ?? 0;
          const time = `${formatTime(startsAt, zone)}–${formatTime(endsAt, zone)}`;
          const room = roomName.get(session.microlocationId as number) ?? "";
          const speakers = session.speakers.map((speaker) => speaker.name).join(", ");
          const style: CSSProperties = {
            gridColumn: column,
            gridRow: `${span.first + 2} / ${span.last + 2}`,
            marginLeft: `${0.25 + lane * 1.25}rem`,
            zIndex: 1 + lane,
            ...(track ? { backgroundColor: track.color, color: readableTextColor(track.color) } : {}),
          };
          return (
            <button
              key={session.id}
              id={blockId(session.id)}
              type="button"
              onClick={() => onOpen(session.id)}
              // The name holds every visible word in the same order (WCAG 2.5.3, label in name), so
              // the room is shown too: the column header is out of sight once the grid scrolls.
              aria-label={`“${session.title}”, ${time}, ${room}. ${speakers ? `${speakers}. ` : ""}${
                conflict ? "Conflict: it has a conflict. " : ""
              }Change its room or time`}
              data-conflict={conflict || undefined}
              className={`m-0.5 mr-1 overflow-hidden rounded-md px-2 py-1 text-left text-xs shadow-sm ${
                track ? "" : "border border-slate-300 bg-slate-100 text-slate-900"
              } ${conflict ? "outline-3 outline-offset-0 outline-red-600" : ""}`}
              style={style}
            >
              {/* Spaces between the lines keep their words apart in the text that tools read. */}
              <span className="block font-semibold leading-tight">{session.title}</span>{" "}
              {/* Full-strength text: a faded line would fall below 4.5:1 on mid-tone track colours. */}
              <span className="block truncate tabular-nums">
                {time} · {room}
              </span>{" "}
              {speakers ? <span className="block truncate">{speakers}</span> : null}{" "}
              {conflict ? (
                <span className="mt-0.5 inline-block rounded bg-red-700 px-1 font-semibold text-white">⚠ Conflict</span>
              ) : null}
            </button>
          );
        })}
      </div>
      {placed.length === 0 ? <p className="border-t border-slate-200 px-3 py-2 text-sm text-slate-500">Nothing scheduled on this day yet.</p> : null}
    </div>
  );
}
