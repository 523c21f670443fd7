import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { startFakeResend } from "../testing/fakes/resend";

// The key and base URL must be in place before lib/env.ts parses the environment (on the
// first database access), hence this file of its own; deliver.test.ts covers the no-key path.
const fake = await startFakeResend();
process.env.RESEND_API_KEY = "re_test_key";
process.env.RESEND_BASE_URL = fake.url;
process.env.MAIL_FROM = "Open Event <mail@open-event.test>";
process.env.APP_URL = "https://events.example.test";

const { db } = await import("../db");
const { addRole, createEvent, createSession, createSpeaker, createUser } = await import("../../prisma/factories");
const { notifyAndRun, runNotificationTask } = await import("./testing");
const { createRoleInvite } = await import("../role-invites/create-role-invite");
const { notificationJobName } = await import("./schemas");

afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.respond = (_request, index) => ({ status: 200, body: { id: `fake-${index + 1}` } });
});

let n = 0;
async function proposal(title: string) {
  n += 1;
  const owner = await createUser({ email: `owner-${n}@example.test`, firstName: "Olga", lastName: "Owner" });
  const event = await createEvent({ owner, name: "PyCon <Asia> & Friends" });
  const speaker = await createSpeaker({ event, name: "Sam O'Speaker" });
  const session = await createSession({ event, speakers: [speaker], title, state: "pending" });
  return { owner, event, speaker, session };
}


const mailsOf = (recipient: string) =>
  db.mail.findMany({
    where: { recipient },
    orderBy: { id: "asc" },
    select: { recipient: true, action: true, subject: true, status: true, providerId: true, error: true, attempts: true },
  });

describe("new_session through Resend", () => {
  test("sends exactly this payload to the provider and records the provider id", async () => {
    const { owner, event, session } = await proposal("Typed Python");
    const task = await notifyAndRun("new_session", { sessionId: session.id });

    expect({ state: task.state, result: task.result }).toEqual({
      state: "SUCCESS",
      result: { action: "new_session", notifications: 1, mails: 1, sent: 1, recorded: 0, skipped: null },
    });
    const link = `https://events.example.test/events/${event.id}/sessions/${session.id}`;
    expect(fake.requests.map(({ method, path, headers, body }) => ({ method, path, authorization: headers.authorization, body }))).toEqual([
      {
        method: "POST",
        path: "/emails",
        authorization: "Bearer re_test_key",
        body: {
          from: "Open Event <mail@open-event.test>",
          to: [owner.email],
          subject: "New session proposal for PyCon <Asia> & Friends: Typed Python",
          html: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>New session proposal for PyCon &lt;Asia&gt; &amp; Friends: Typed Python</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b">
<div style="max-width:560px;margin:0 auto;padding:24px">
<div style="background:#ffffff;border-radius:8px;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">New session proposal for PyCon &lt;Asia&gt; &amp; Friends: Typed Python</h1>
<p>Hello Olga Owner,</p><p>Sam O&#39;Speaker proposed the session <strong>Typed Python</strong> for <strong>PyCon &lt;Asia&gt; &amp; Friends</strong>.</p><p style="margin:24px 0"><a href="${link}" style="background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">Review the proposal</a></p>
</div>
<p style="font-size:12px;color:#71717a;margin:16px 0 0">Sent by Open Event (https://events.example.test). You receive this mail because of your account or role on this platform.</p>
</div>
</body>
</html>`,
          text: `New session proposal for PyCon <Asia> & Friends: Typed Python

Hello Olga Owner,

Sam O'Speaker proposed the session "Typed Python" for PyCon <Asia> & Friends.

Review the proposal: ${link}

-- 
Sent by Open Event (https://events.example.test).
`,
        },
      },
    ]);
    // A retry after a lost answer must not deliver twice: the provider dedupes on this key.
    const mail = await db.mail.findFirstOrThrow({ where: { recipient: owner.email } });
    expect(fake.requests[0]?.headers["idempotency-key"]).toBe(`mail-${mail.id}`);
    expect(await mailsOf(owner.email)).toEqual([
      {
        recipient: owner.email,
        action: "new_session",
        subject: "New session proposal for PyCon <Asia> & Friends: Typed Python",
        status: "sent",
        providerId: "fake-1",
        error: null,
        attempts: 1,
      },
    ]);
  });

  test("every organizer (owner, organizer, co-organizer) gets one mail; other roles and deleted users none", async () => {
    const { owner, event, session } = await proposal("Team talk");
    const organizer = await createUser({ email: `organizer-${n}@example.test` });
    const coorganizer = await createUser({ email: `coorganizer-${n}@example.test` });
    const moderator = await createUser({ email: `moderator-${n}@example.test` });
    const gone = await createUser({ email: `gone-${n}@example.test`, deletedAt: new Date() });
    await addRole(organizer, event, "organizer");
    await addRole(owner, event, "organizer"); // two roles, still one mail
    await addRole(coorganizer, event, "coorganizer");
    await addRole(moderator, event, "moderator");
    await addRole(gone, event, "organizer");

    const task = await notifyAndRun("new_session", { sessionId: session.id });
    expect(task.state).toBe("SUCCESS");
    expect(fake.requests.map((request) => (request.body as { to: string[] }).to).sort()).toEqual(
      [[coorganizer.email], [organizer.email], [owner.email]].sort(),
    );
  });

  test("a send that keeps failing is retried and finally marked failed with the provider's error", async () => {
    const { owner, session } = await proposal("Flaky provider");
    fake.respond = () => ({ status: 500, body: { name: "internal_server_error", message: "Provider down", statusCode: 500 } });

    const task = await notifyAndRun("new_session", { sessionId: session.id });

    expect({ state: task.state, attempts: task.attempts, error: task.error }).toEqual({
      state: "FAILURE",
      attempts: 5,
      error: "1 of 1 mail(s) failed: internal_server_error: Provider down",
    });
    expect(fake.requests).toHaveLength(5);
    expect(await mailsOf(owner.email)).toEqual([
      {
        recipient: owner.email,
        action: "new_session",
        subject: "New session proposal for PyCon <Asia> & Friends: Flaky provider",
        status: "failed",
        providerId: null,
        error: "internal_server_error: Provider down",
        attempts: 5,
      },
    ]);
    // The in-app notification was written once, not once per attempt.
    expect(await db.notification.count({ where: { userId: owner.id } })).toBe(1);
  });

  test("a send that fails once is retried and then sent, without a second Mail row", async () => {
    const { owner, session } = await proposal("Second try");
    fake.respond = (_request, index) =>
      index === 0 ? { status: 500, body: { name: "internal_server_error", message: "Hiccup", statusCode: 500 } } : { status: 200, body: { id: "fake-retry" } };

    const task = await notifyAndRun("new_session", { sessionId: session.id });

    expect({ state: task.state, attempts: task.attempts }).toEqual({ state: "SUCCESS", attempts: 2 });
    expect(await mailsOf(owner.email)).toEqual([
      {
        recipient: owner.email,
        action: "new_session",
        subject: "New session proposal for PyCon <Asia> & Friends: Second try",
        status: "sent",
        providerId: "fake-retry",
        error: null,
        attempts: 2,
      },
    ]);
  });

  test("with mail switched off for new_session nothing is sent, but the in-app notification is written", async () => {
    const { owner, session } = await proposal("Quiet please");
    await db.messageSettings.upsert({
      where: { action: "new_session" },
      create: { action: "new_session", mailEnabled: false, notificationEnabled: true },
      update: { mailEnabled: false, notificationEnabled: true },
    });
    try {
      const task = await notifyAndRun("new_session", { sessionId: session.id });
      expect(task.result).toEqual({ action: "new_session", notifications: 1, mails: 0, sent: 0, recorded: 0, skipped: null });
      expect(fake.requests).toEqual([]);
      expect(await mailsOf(owner.email)).toEqual([]);
      expect(await db.notification.findMany({ where: { userId: owner.id }, select: { title: true, action: true, isRead: true } })).toEqual([
        { title: "New session proposal", action: "new_session", isRead: false },
      ]);
    } finally {
      await db.messageSettings.update({ where: { action: "new_session" }, data: { mailEnabled: true } });
    }
  });

  test("a <script> session title arrives escaped in the HTML mail and in the notification", async () => {
    const { owner, session } = await proposal("<script>alert(1)</script>");
    await notifyAndRun("new_session", { sessionId: session.id });

    const body = fake.requests[0]?.body as { html: string; text: string; subject: string };
    expect(body.html).not.toContain("<script>");
    expect(body.html).toContain("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>");
    // Subject and text are not HTML: the title is shown as typed there.
    expect(body.subject).toBe("New session proposal for PyCon <Asia> & Friends: <script>alert(1)</script>");
    const notification = await db.notification.findFirstOrThrow({ where: { userId: owner.id }, select: { title: true, message: true, link: true } });
    expect(notification).toEqual({
      title: "New session proposal",
      message: "Sam O&#39;Speaker proposed the session “&lt;script&gt;alert(1)&lt;/script&gt;” for PyCon &lt;Asia&gt; &amp; Friends.",
      link: `/events/${session.eventId}/sessions/${session.id}`,
    });
  });
});

describe("event_role_invite through Resend", () => {
  test("sends the invitee exactly this payload, with the accept link carrying the invite's secret", async () => {
    n += 1;
    const owner = await createUser({ email: `inviter-${n}@example.test`, firstName: "Olga", lastName: "Owner" });
    const event = await createEvent({ owner, name: "PyCon <Asia> & Friends" });
    const invitee = `new.person-${n}@example.org`;
    const actor = { id: owner.id, email: owner.email, isAdmin: false, isSuperAdmin: false };

    // The service enqueues the job itself; the address is stored lower-cased.
    const created = await createRoleInvite(actor, { eventId: event.id, email: invitee, roleName: "coorganizer" });
    const { hash } = await db.roleInvite.findUniqueOrThrow({ where: { id: created.id }, select: { hash: true } });
    const link = `https://events.example.test/invites/${hash}`;
    const enqueued = await db.task.findFirstOrThrow({ where: { name: notificationJobName("event_role_invite"), payload: { path: ["roleInviteId"], equals: created.id } } });
    expect({ state: enqueued.state, payload: enqueued.payload }).toEqual({ state: "PENDING", payload: { roleInviteId: created.id, link } });

    const task = await runNotificationTask(enqueued.id);

    // No account has this address: mail only, no in-app notification.
    expect({ state: task.state, result: task.result }).toEqual({
      state: "SUCCESS",
      result: { action: "event_role_invite", notifications: 0, mails: 1, sent: 1, recorded: 0, skipped: null },
    });
    const mail = await db.mail.findFirstOrThrow({ where: { recipient: invitee } });
    expect(fake.requests.map(({ method, path, headers, body }) => ({ method, path, authorization: headers.authorization, idempotencyKey: headers["idempotency-key"], body }))).toEqual([
      {
        method: "POST",
        path: "/emails",
        authorization: "Bearer re_test_key",
        idempotencyKey: `mail-${mail.id}`,
        body: {
          from: "Open Event <mail@open-event.test>",
          to: [invitee],
          subject: "Invitation to join PyCon <Asia> & Friends as Co-organizer",
          html: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Invitation to join PyCon &lt;Asia&gt; &amp; Friends as Co-organizer</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b">
<div style="max-width:560px;margin:0 auto;padding:24px">
<div style="background:#ffffff;border-radius:8px;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">Invitation to join PyCon &lt;Asia&gt; &amp; Friends as Co-organizer</h1>
<p>Hello ${invitee},</p><p>You are invited to join <strong>PyCon &lt;Asia&gt; &amp; Friends</strong> as <strong>Co-organizer</strong>.</p><p>If you do not have an account yet, you can create one with this address after following the link.</p><p style="margin:24px 0"><a href="${link}" style="background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">Accept or decline the invitation</a></p>
</div>
<p style="font-size:12px;color:#71717a;margin:16px 0 0">Sent by Open Event (https://events.example.test). You receive this mail because of your account or role on this platform.</p>
</div>
</body>
</html>`,
          text: `Invitation to join PyCon <Asia> & Friends as Co-organizer

Hello ${invitee},

You are invited to join PyCon <Asia> & Friends as Co-organizer.

If you do not have an account yet, you can create one with this address after following the link.

Accept or decline the invitation: ${link}

-- 
Sent by Open Event (https://events.example.test).
`,
        },
      },
    ]);
    expect(await mailsOf(invitee)).toEqual([
      {
        recipient: invitee,
        action: "event_role_invite",
        subject: "Invitation to join PyCon <Asia> & Friends as Co-organizer",
        status: "sent",
        providerId: "fake-1",
        error: null,
        attempts: 1,
      },
    ]);
    expect(await db.notification.count({ where: { action: "event_role_invite" } })).toBe(0);
  });
});
