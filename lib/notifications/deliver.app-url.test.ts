import { expect, test } from "vitest";

// A server on another port with no APP_URL: what `PORT=4123 npm start` gives the app. Set before
// lib/env.ts parses the environment (on the first database access), hence a file of its own.
process.env.PORT = "4123";
delete process.env.APP_URL;

const { db } = await import("../db");
const { env } = await import("../env");
const { createEvent, createUser } = await import("../../prisma/factories");
const { notifyAndRun } = await import("./testing");

test("without APP_URL, a mail rendered by the notification job links to the server's own port", async () => {
  expect(env().APP_URL).toBe("http://localhost:4123");
  const user = await createUser({ firstName: "Olivia", lastName: "Organizer" });
  const event = await createEvent({ owner: user, name: "Port Conf" });
  const downloadUrl = `/v1/events/${event.id}/exports/abc-ical.ics`;

  const task = await notifyAndRun("event_exported", { eventId: event.id, userId: user.id, downloadUrl });

  expect(task.state).toBe("SUCCESS");
  const mails = await db.mail.findMany({ where: { recipient: user.email }, select: { action: true, subject: true, text: true } });
  expect(mails).toEqual([
    {
      action: "event_exported",
      subject: "Export of Port Conf ready",
      text: `Export of Port Conf ready

Hello Olivia Organizer,

The export of Port Conf is ready.

Download: http://localhost:4123${downloadUrl}

-- 
Sent by Open Event (http://localhost:4123).
`,
    },
  ]);
  const html = (await db.mail.findFirstOrThrow({ where: { recipient: user.email } })).message;
  expect(html).toContain(`href="http://localhost:4123${downloadUrl}"`);
  expect(html).toContain("Sent by Open Event (http://localhost:4123).");
});
