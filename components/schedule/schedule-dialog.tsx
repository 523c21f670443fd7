"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { DateTime } from "luxon";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { FormAlert, showActionErrors } from "@/components/ui/form-errors";
import { fromZoneWallTime, toZoneWallTime } from "@/lib/format/dates";
import { scheduleSessionAction, unscheduleSessionAction } from "@/lib/schedule/actions";
import { conflictsOfPlacement } from "@/lib/schedule/conflicts";
import type { Schedule, ScheduleSession } from "@/lib/schedule/get-schedule";
import { dayOf } from "@/lib/schedule/grid";
import { scheduleSessionSchema, type ScheduleSessionData, type ScheduleSessionInput } from "@/lib/schedule/schemas";
import { conflictSubject, speakerNames } from "./conflict-list";
import { formatSlot } from "./format";
import { toConflictInput } from "./placement";

const DEFAULT_MINUTES = 30;

/** Where a session starts out in the dialog: its place, else 09:00 of the day shown (within the event). */
function initialValues(schedule: Schedule, session: ScheduleSession, day: string): ScheduleSessionInput {
  const { event, rooms, sessionTypes } = schedule;
  const zone = event.timezone;
  const typeMinutes = sessionTypes.find((type) => type.id === session.sessionTypeId)?.minutes;
  if (session.startsAt && session.endsAt) {
    return {
      microlocationId: String(session.microlocationId ?? rooms[0]?.id ?? ""),
      start: toZoneWallTime(session.startsAt, zone),
      minutes: String(Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000)),
    };
  }
  const nine = DateTime.fromISO(day, { zone }).set({ hour: 9 }).toJSDate();
  const start = nine < event.startsAt || nine >= event.endsAt ? event.startsAt : nine;
  return {
    microlocationId: String(rooms[0]?.id ?? ""),
    start: toZoneWallTime(start, zone),
    // The session type's length is the usual one (Open Event's default too).
    minutes: String(typeMinutes ?? DEFAULT_MINUTES),
  };
}

/**
 * The room-and-time form for one session, in a modal `<dialog>` (focus moves in and is trapped
 * by the browser; Escape closes). Clashes with other sessions are shown while choosing and do
 * not block saving (see lib/schedule/actions.ts for why); the server's time rules answer beside
 * the fields.
 */
export function ScheduleDialog({
  schedule,
  session,
  day,
  onClose,
  onDone,
}: {
  schedule: Schedule;
  session: ScheduleSession;
  day: string;
  onClose: () => void;
  /** After a save: what to announce, and the day the session is now on (null when unscheduled). */
  onDone: (message: string, placedOn: string | null) => void;
}) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const { event, rooms } = schedule;
  const zone = event.timezone;
  const [busy, setBusy] = useState(false);
  const form = useForm<ScheduleSessionInput, unknown, ScheduleSessionData>({
    defaultValues: initialValues(schedule, session, day),
    resolver: zodResolver(scheduleSessionSchema),
    mode: "onTouched",
  });
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = form;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const values = useWatch({ control });
  const parsed = scheduleSessionSchema.safeParse(values);
  const startIso = parsed.success ? fromZoneWallTime(parsed.data.start, zone) : null;
  const candidate =
    parsed.success && startIso
      ? {
          ...toConflictInput(session),
          microlocationId: parsed.data.microlocationId,
          startsAt: new Date(startIso),
          endsAt: new Date(new Date(startIso).getTime() + parsed.data.minutes * 60_000),
        }
      : null;
  const clashes = candidate ? conflictsOfPlacement(schedule.sessions.map(toConflictInput), candidate) : [];
  const titles = new Map(schedule.sessions.map((item) => [item.id, item.title]));
  const names = speakerNames(schedule);
  const typeName = schedule.sessionTypes.find((type) => type.id === session.sessionTypeId);

  const onSubmit = async (data: ScheduleSessionData) => {
    const result = await scheduleSessionAction(event.identifier, session.id, {
      microlocationId: String(data.microlocationId),
      start: data.start,
      minutes: String(data.minutes),
    });
    if (!result.ok) return showActionErrors(result, setError, (name) => name);
    const startsAt = new Date(result.data.startsAt);
    const endsAt = new Date(result.data.endsAt);
    const room = rooms.find((item) => item.id === data.microlocationId)?.name ?? "";
    const warning = clashes.length ? ` It has ${clashes.length === 1 ? "a conflict" : `${clashes.length} conflicts`}, listed above the grid.` : "";
    router.refresh();
    onDone(`Scheduled “${session.title}” in ${room}, ${formatSlot(startsAt, endsAt, zone)}.${warning}`, dayOf(startsAt, zone));
  };

  const unschedule = async () => {
    setBusy(true);
    const result = await unscheduleSessionAction(event.identifier, session.id);
    setBusy(false);
    if (!result.ok) {
      setError("root.server", { type: "server", message: result.formError ?? "Could not unschedule this session." });
      return;
    }
    router.refresh();
    onDone(`“${session.title}” is unscheduled.`, null);
  };

  const field = (name: keyof ScheduleSessionInput) => `schedule-${name}`;
  const errorOf = (name: keyof ScheduleSessionInput) => errors[name]?.message;
  const hints = {
    start: `In the event's time zone (${zone}).`,
    minutes: typeName?.minutes ? `${typeName.name}s last ${typeName.minutes} minutes.` : undefined,
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 shadow-xl"
    >
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4 p-5">
        <h2 id={headingId} className="text-lg font-semibold">
          Schedule “{session.title}”
        </h2>
        <FormAlert message={errors.root?.server?.message} compact />
        <Field id={field("microlocationId")} label="Room" required error={errorOf("microlocationId")}>
          <select
            id={field("microlocationId")}
            className={inputClasses}
            aria-invalid={Boolean(errorOf("microlocationId")) || undefined}
            aria-describedby={describedBy(field("microlocationId"), { error: errorOf("microlocationId") })}
            {...register("microlocationId")}
          >
            {rooms.map((room) => (
              <option key={room.id} value={String(room.id)}>
                {room.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
          <Field id={field("start")} label="Start" required hint={hints.start} error={errorOf("start")}>
            <input
              id={field("start")}
              type="datetime-local"
              className={inputClasses}
              min={toZoneWallTime(event.startsAt, zone)}
              max={toZoneWallTime(event.endsAt, zone)}
              aria-invalid={Boolean(errorOf("start")) || undefined}
              aria-describedby={describedBy(field("start"), { hint: true, error: errorOf("start") })}
              {...register("start")}
            />
          </Field>
          <Field id={field("minutes")} label="Duration (minutes)" required hint={hints.minutes} error={errorOf("minutes")}>
            <input
              id={field("minutes")}
              type="number"
              inputMode="numeric"
              min={5}
              step={5}
              className={inputClasses}
              aria-invalid={Boolean(errorOf("minutes")) || undefined}
              aria-describedby={describedBy(field("minutes"), { hint: hints.minutes, error: errorOf("minutes") })}
              {...register("minutes")}
            />
          </Field>
        </div>
        {clashes.length ? (
          <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <p className="font-medium">This placement clashes. You can save it anyway and resolve it later:</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {clashes.map((clash) => {
                const other = clash.sessionIds[0] === session.id ? clash.sessionIds[1] : clash.sessionIds[0];
                return (
                  <li key={`${clash.kind}-${clash.kind === "room" ? clash.microlocationId : clash.speakerId}-${other}`}>
                    {conflictSubject(clash, schedule, names)} is also booked for “{titles.get(other)}” (
                    {formatSlot(clash.startsAt, clash.endsAt, zone)}).
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
        <div className="flex flex-wrap items-center justify-end gap-2 pt-2">
          {session.startsAt || session.microlocationId !== null ? (
            <Button variant="ghost" className="mr-auto text-red-700" disabled={busy || isSubmitting} onClick={unschedule}>
              Unschedule
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
            Cancel
          </Button>
          <Button type="submit" disabled={busy || isSubmitting}>
            {isSubmitting ? "Saving…" : clashes.length ? "Save anyway" : "Save"}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
