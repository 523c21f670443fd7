import { afterAll, describe, expect, test } from "vitest";
import { startFakeResend } from "../testing/fakes/resend";

// No RESEND_API_KEY: the outbox path. The fake server is pointed at anyway, to prove that
// nothing calls it.
const fake = await startFakeResend();
process.env.RESEND_BASE_URL = fake.url;
delete process.env.RESEND_API_KEY;

const { db, queryCount } = await import("../db");
const { addRole, createEvent, createSession, createSpeaker, createUser } = await import("../../prisma/factories");
const { notifyAndRun, runNotificationTask } = await import("./testing");
const { loadSession } = await import("./loaders");
const { notify } = await import("./notify");
const { createRoleInvite } = await import("../role-invites/create-role-invite");
const { createRoleInviteSchema } = await import("../role-invites/schemas");
const { notificationJobName } = await import("./schemas");

afterAll(() => fake.close());


describe("without a mail provider (the outbox)", () => {
  test("new_session leaves recorded Mail rows and makes no network call", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner });
    const session = await createSession({ event, state: "pending" });

    const task = await notifyAndRun("new_session", { sessionId: session.id });

    expect(task.result).toEqual({ action: "new_session", notifications: 1, mails: 1, sent: 0, recorded: 1, skipped: null });
    expect(fake.requests).toEqual([]);
    const mails = await db.mail.findMany({ where: { recipient: owner.email }, select: { action: true, status: true, providerId: true, attempts: true } });
    expect(mails).toEqual([{ action: "new_session", status: "recorded", providerId: null, attempts: 0 }]);
    const mail = await db.mail.findFirstOrThrow({ where: { recipient: owner.email } });
    expect(mail.subject).toBe(`New session proposal for ${event.name}: ${session.title}`);
    expect(mail.message).toContain("<!doctype html>");
    expect(mail.text).toContain(`proposed the session "${session.title}"`);
  });

  test("event_role_invite leaves the whole Mail row with the accept link, notifies the invitee's account, and makes no network call", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner, name: "Ada's <Conf>" });
    const stamp = Date.now();
    const account = await createUser({ email: `grace-${stamp}@example.test`, firstName: "Grace", lastName: "Hopper" });
    const actor = { id: owner.id, email: owner.email, isAdmin: false, isSuperAdmin: false };

    // Invited in capitals, parsed at the boundary as the route does: the invite (hence the mail)
    // keeps the lower-cased address, and the account is found case-insensitively.
    const input = createRoleInviteSchema.parse({ eventId: event.id, email: `GRACE-${stamp}@EXAMPLE.TEST`, roleName: "moderator" });
    const created = await createRoleInvite(actor, input);
    const { hash } = await db.roleInvite.findUniqueOrThrow({ where: { id: created.id }, select: { hash: true } });
    const link = `http://localhost:3000/invites/${hash}`;
    const enqueued = await db.task.findFirstOrThrow({ where: { name: notificationJobName("event_role_invite"), payload: { path: ["roleInviteId"], equals: created.id } } });
    expect({ state: enqueued.state, payload: enqueued.payload }).toEqual({ state: "PENDING", payload: { roleInviteId: created.id, link } });

    const before = new Date();
    const task = await runNotificationTask(enqueued.id);

    expect({ state: task.state, result: task.result }).toEqual({
      state: "SUCCESS",
      result: { action: "event_role_invite", notifications: 1, mails: 1, sent: 0, recorded: 1, skipped: null },
    });
    expect(fake.requests).toEqual([]);
    const mails = await db.mail.findMany({ where: { action: "event_role_invite" } });
    expect(mails).toEqual([
      {
        id: expect.any(Number),
        recipient: `grace-${stamp}@example.test`,
        time: expect.any(Date),
        action: "event_role_invite",
        subject: "Invitation to join Ada's <Conf> as Moderator",
        message: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Invitation to join Ada&#39;s &lt;Conf&gt; as Moderator</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b">
<div style="max-width:560px;margin:0 auto;padding:24px">
<div style="background:#ffffff;border-radius:8px;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">Invitation to join Ada&#39;s &lt;Conf&gt; as Moderator</h1>
<p>Hello Grace Hopper,</p><p>You are invited to join <strong>Ada&#39;s &lt;Conf&gt;</strong> as <strong>Moderator</strong>.</p><p>If you do not have an account yet, you can create one with this address after following the link.</p><p style="margin:24px 0"><a href="${link}" style="background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">Accept or decline the invitation</a></p>
</div>
<p style="font-size:12px;color:#71717a;margin:16px 0 0">Sent by Open Event (http://localhost:3000). You receive this mail because of your account or role on this platform.</p>
</div>
</body>
</html>`,
        text: `Invitation to join Ada's <Conf> as Moderator

Hello Grace Hopper,

You are invited to join Ada's <Conf> as Moderator.

If you do not have an account yet, you can create one with this address after following the link.

Accept or decline the invitation: ${link}

-- 
Sent by Open Event (http://localhost:3000).
`,
        status: "recorded",
        providerId: null,
        error: null,
        attempts: 0,
      },
    ]);
    const [mail] = mails;
    expect(mail!.time >= before && mail!.time <= new Date()).toBe(true);
    expect(await db.notification.findMany({ where: { action: "event_role_invite" } })).toEqual([
      {
        id: expect.any(Number),
        userId: account.id,
        title: "Invitation to an event team",
        message: "You are invited to join Ada&#39;s &lt;Conf&gt; as Moderator.",
        action: "event_role_invite",
        link,
        isRead: false,
        receivedAt: mail!.time,
        deletedAt: null,
      },
    ]);
  });

  test("session_state_change reaches each speaker once: by their address, in-app when they have an account", async () => {
    const event = await createEvent();
    const account = await createUser({ email: "ada@example.test" });
    const withAccount = await createSpeaker({ event, name: "Ada", email: "ada@example.test", user: account });
    const sameAddress = await createSpeaker({ event, name: "Ada (again)", email: "ADA@example.test" });
    const noAccount = await createSpeaker({ event, name: "Bo", email: "bo@example.test" });
    const noAddress = await createSpeaker({ event, name: "Cy", email: null });
    const session = await createSession({ event, speakers: [withAccount, sameAddress, noAccount, noAddress], state: "accepted" });

    const task = await notifyAndRun("session_state_change", { sessionId: session.id });

    expect(task.result).toEqual({ action: "session_state_change", notifications: 1, mails: 2, sent: 0, recorded: 2, skipped: null });
    const mails = await db.mail.findMany({ where: { action: "session_state_change" }, orderBy: { recipient: "asc" }, select: { recipient: true, subject: true } });
    expect(mails).toEqual([
      { recipient: "ada@example.test", subject: `Your session “${session.title}” is accepted` },
      { recipient: "bo@example.test", subject: `Your session “${session.title}” is accepted` },
    ]);
    expect(await db.notification.findMany({ where: { userId: account.id }, select: { title: true, message: true, link: true } })).toEqual([
      {
        title: "Session status changed",
        message: `Your session “${session.title}” at ${event.name} is now accepted.`,
        link: `/e/${event.identifier}/sessions/${session.id}`,
      },
    ]);
  });

  test("password_reset mails the link and writes no in-app notification", async () => {
    const user = await createUser();
    const task = await notifyAndRun("password_reset", { userId: user.id, link: "/reset-password?token=s3cret" });
    expect(task.result).toEqual({ action: "password_reset", notifications: 0, mails: 1, sent: 0, recorded: 1, skipped: null });
    const mail = await db.mail.findFirstOrThrow({ where: { recipient: user.email, action: "password_reset" } });
    expect(mail.text).toContain("Choose a new password: http://localhost:3000/reset-password?token=s3cret");
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
  });

  test("turning notifications off keeps the mail", async () => {
    const user = await createUser();
    await db.messageSettings.upsert({
      where: { action: "password_change" },
      create: { action: "password_change", notificationEnabled: false },
      update: { notificationEnabled: false },
    });
    const task = await notifyAndRun("password_change", { userId: user.id });
    expect(task.result).toEqual({ action: "password_change", notifications: 0, mails: 1, sent: 0, recorded: 1, skipped: null });
  });

  test("a subject deleted before the job runs ends the task quietly", async () => {
    const event = await createEvent();
    const session = await createSession({ event, deletedAt: new Date() });
    const task = await notifyAndRun("new_session", { sessionId: session.id });
    expect({ state: task.state, result: task.result }).toEqual({
      state: "SUCCESS",
      result: { action: "new_session", notifications: 0, mails: 0, sent: 0, recorded: 0, skipped: "The subject of this notification no longer exists" },
    });
  });

  test("notify validates the payload and writes no task for a bad one", async () => {
    const before = await db.task.count();
    // @ts-expect-error -- the wrong payload is the point of this test
    await expect(notify("new_session", { eventId: 1 })).rejects.toThrow();
    await expect(notify("user_confirm", { userId: 1, link: "javascript:alert(1)" })).rejects.toThrow();
    expect(await db.task.count()).toBe(before);
    const { taskId } = await notify("new_session", { sessionId: 12345 });
    expect(await db.task.findUniqueOrThrow({ where: { id: taskId }, select: { name: true, payload: true, state: true } })).toEqual({
      name: "notification/new-session",
      payload: { sessionId: 12345 },
      state: "PENDING",
    });
  });

  test("loading a session takes the same number of queries for 1 and for 20 organizers and speakers", async () => {
    async function countFor(size: number) {
      const event = await createEvent();
      const speakers = [];
      for (let i = 0; i < size; i++) {
        await addRole(await createUser(), event, "organizer");
        speakers.push(await createSpeaker({ event, user: await createUser() }));
      }
      const session = await createSession({ event, speakers });
      const before = queryCount();
      const loaded = await loadSession(session.id);
      expect(loaded?.speakers).toHaveLength(size);
      expect(loaded?.event.organizers).toHaveLength(size);
      return queryCount() - before;
    }
    expect(await countFor(20)).toBe(await countFor(1));
  });
});
