import { InngestTestEngine } from "@inngest/test";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { createEvent, createSession, createUser } from "@/prisma/factories";
import { sendNotifications } from "./send-notifications";

test("one Inngest function per notification action", () => {
  expect(sendNotifications.map((fn) => fn.id())).toEqual([
    "notification-new-session",
    "notification-session-state-change",
    "notification-session-schedule-change",
    "notification-event-role-invite",
    "notification-event-published",
    "notification-event-exported",
    "notification-event-export-fail",
    "notification-event-imported",
    "notification-event-import-fail",
    "notification-user-registration",
    "notification-account-exists",
    "notification-user-confirm",
    "notification-password-reset",
    "notification-password-change",
  ]);
});

test("the new-session function runs the same job: rows written, task reported", async () => {
  const owner = await createUser();
  const event = await createEvent({ owner });
  const session = await createSession({ event, state: "pending" });
  const { taskId } = await notify("new_session", { sessionId: session.id });
  const fn = sendNotifications[0]!;
  const t = new InngestTestEngine({ function: fn, events: [{ name: "notification/new-session", data: { taskId, sessionId: session.id } }] });
  const { result } = await t.execute();
  expect(result).toEqual({ action: "new_session", notifications: 1, mails: 1, sent: 0, recorded: 1, skipped: null });
  expect(await db.task.findUniqueOrThrow({ where: { id: taskId }, select: { state: true } })).toEqual({ state: "SUCCESS" });
  expect(await db.mail.count({ where: { recipient: owner.email, status: "recorded" } })).toBe(1);
});
