import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { createEvent, createSession, createUser } from "@/prisma/factories";
import { functions } from "./index";
import { jobs } from "./jobs";

/** What Inngest knows a function by: its id, its name and the event that triggers it. */
const served = () =>
  functions.map((fn) => ({ id: fn.id(), name: fn.name, triggers: (fn.opts.triggers ?? []).map((trigger) => ("event" in trigger ? trigger.event : trigger)) }));

describe("Inngest functions", () => {
  // Ids and event names are what a deployed Inngest app knows: renaming one orphans its runs and history.
  test("one function per job of the list, with the ids and event names Inngest knows", () => {
    const fn = (id: string, event: string) => ({ id, name: event, triggers: [event] });
    expect(served()).toEqual([
      fn("app-ping", "app/ping"),
      fn("notification-new-session", "notification/new-session"),
      fn("notification-session-state-change", "notification/session-state-change"),
      fn("notification-session-schedule-change", "notification/session-schedule-change"),
      fn("notification-session-edited", "notification/session-edited"),
      fn("notification-session-withdrawn", "notification/session-withdrawn"),
      fn("notification-speaker-edited", "notification/speaker-edited"),
      fn("notification-event-role-invite", "notification/event-role-invite"),
      fn("notification-event-published", "notification/event-published"),
      fn("notification-event-exported", "notification/event-exported"),
      fn("notification-event-export-fail", "notification/event-export-fail"),
      fn("notification-event-imported", "notification/event-imported"),
      fn("notification-event-import-fail", "notification/event-import-fail"),
      fn("notification-user-registration", "notification/user-registration"),
      fn("notification-account-exists", "notification/account-exists"),
      fn("notification-user-confirm", "notification/user-confirm"),
      fn("notification-password-reset", "notification/password-reset"),
      fn("notification-password-change", "notification/password-change"),
      fn("event-export-requested", "event/export.requested"),
      fn("event-import-requested", "event/import.requested"),
      fn("image-derive-requested", "image/derive.requested"),
    ]);
    expect(served().map((fn) => fn.name)).toEqual(jobs.map((job) => job.name));
  });

  test("each function's event carries the task id and the job's payload, checked by the job's schema", () => {
    const eventSchema = (id: string) => {
      const trigger = functions.find((fn) => fn.id() === id)!.opts.triggers![0] as { schema: z.ZodType };
      return (data: unknown) => trigger.schema.safeParse(data).success;
    };
    const exportEvent = eventSchema("event-export-requested");
    const taskId = "0b6f1c52-4a4e-4c55-9a4b-2f3c9a1e7d10";
    expect([
      exportEvent({ taskId, eventId: 1, userId: 2, format: "ical" }),
      exportEvent({ taskId, eventId: 1, userId: 2, format: "pdf" }),
      exportEvent({ eventId: 1, userId: 2, format: "ical" }),
      exportEvent({ taskId: "not-a-uuid", eventId: 1, userId: 2, format: "ical" }),
    ]).toEqual([true, false, false, false]);
    const inviteEvent = eventSchema("notification-event-role-invite");
    expect([inviteEvent({ taskId, roleInviteId: 3, link: "/invites/accept?token=t" }), inviteEvent({ taskId, roleInviteId: 3, link: "javascript:alert(1)" })]).toEqual([
      true,
      false,
    ]);
  });

  test("the new-session function runs the same job: rows written, task reported", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner });
    const session = await createSession({ event, state: "pending" });
    const { taskId } = await notify("new_session", { sessionId: session.id });
    const fn = functions.find((candidate) => candidate.id() === "notification-new-session")!;
    const t = new InngestTestEngine({ function: fn, events: [{ name: "notification/new-session", data: { taskId, sessionId: session.id } }] });
    const { result } = await t.execute();
    expect(result).toEqual({ action: "new_session", notifications: 1, mails: 1, sent: 0, recorded: 1, skipped: null });
    expect(await db.task.findUniqueOrThrow({ where: { id: taskId }, select: { state: true } })).toEqual({ state: "SUCCESS" });
    expect(await db.mail.count({ where: { recipient: owner.email, status: "recorded" } })).toBe(1);
  });
});
