import { describe, expect, test } from "vitest";
import { env } from "../env";
import { renderMail } from "../mail/layout";
import { ACTIONS } from "./catalogue";
import type { LoadedEvent, LoadedSession, Person } from "./loaders";

/*
 * Every mail of the catalogue is written once, as a React element: its HTML and its text must
 * say the same (the text part comes from the HTML) and lead to the same places, absolute under
 * APP_URL. Values that look like markup stay text in both.
 */

const nasty = `Ada's <Conf> & "Friends"`;
const person = (id: number, firstName: string | null, lastName: string | null): Person => ({ id, email: `p${id}@example.test`, firstName, lastName });
const event = (deletedAt: Date | null = null): LoadedEvent => ({
  id: 7,
  name: nasty,
  identifier: "abc123",
  timezone: "Asia/Singapore",
  deletedAt,
  organizers: [person(1, "Olga", "O'Wner")],
});
const session = (over: Partial<LoadedSession> = {}): LoadedSession => ({
  id: 42,
  title: `<script>alert(1)</script> & "T"`,
  state: "accepted",
  startsAt: new Date("2027-03-01T02:00:00Z"),
  endsAt: new Date("2027-03-01T03:00:00Z"),
  microlocation: { name: "Room <1>" },
  event: event(),
  speakers: [{ name: "Sam O'Speaker", email: "sam@example.test", user: person(5, "Sam", null) }],
  ...over,
});

type MailData = { [A in keyof typeof ACTIONS]: Parameters<(typeof ACTIONS)[A]["mail"]>[0] };

/** What each action's loader could return: one or more cases per action (a new action must add its own). */
const SAMPLES: { [A in keyof MailData]: MailData[A][] } = {
  new_session: [session(), session({ speakers: [] })],
  session_state_change: [session(), session({ state: "rejected" })],
  session_schedule_change: [session(), session({ microlocation: null, startsAt: null, endsAt: null })],
  session_edited: [session(), session({ speakers: [] })],
  session_withdrawn: [session()],
  speaker_edited: [{ id: 9, name: "Sam <O'Speaker>", event: event(), proposed: true }],
  event_role_invite: [
    { id: 3, email: "x@example.test", roleTitle: "Track <Organizer>", event: { id: 7, name: nasty, identifier: "abc" }, user: null, link: "/invites/abc?x=1&y=2" },
  ],
  event_published: [event()],
  event_exported: [{ event: event(), user: person(1, "Olga", null), downloadUrl: "/v1/events/7/exports/a&b.ics" }],
  event_export_fail: [
    { event: event(), user: person(1, "Olga", null), error: "disk <full>" },
    { event: event(new Date()), user: person(1, "Olga", null), error: null },
  ],
  event_imported: [{ event: event(), user: person(1, "Olga", null) }],
  event_import_fail: [{ user: person(1, "Olga", null), error: "bad <zip>" }],
  user_registration: [person(1, "Olga", "<b>")],
  account_exists: [person(1, null, null)],
  user_confirm: [{ user: person(1, "Olga", null), link: "/confirm?token=a&b" }],
  password_reset: [{ user: person(1, "Olga", null), link: "https://elsewhere.example/reset?token=s3cret" }],
  password_change: [person(1, "Olga", null)],
};

const decode = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
const URL_PATTERN = /https?:\/\/[^\s()]+/g;

/** What a reader of the HTML sees: the body's words, without what is marked as HTML only. */
function shownText(html: string): string {
  const body = html.slice(html.indexOf("<body"));
  const blocksApart = body.replace(/<span data-skip-in-text="true">.*?<\/span>/g, "").replace(/<\/?(?:p|h1|div|body|html)\b[^>]*>/g, " ");
  return decode(blocksApart.replace(/<[^>]+>/g, ""));
}

/** The text part's words, without the links it spells out (the signature names APP_URL itself) and its signature mark. */
function spokenText(text: string): string {
  return text
    .replace(/^-- $/m, "")
    .replace(/: https?:\/\/\S+$/gm, "")
    .replace(/ \((https?:\/\/[^\s()]+)\)/g, (link, url: string) => (url === env().APP_URL ? link : ""));
}

const words = (text: string) => text.replace(/"/g, "").split(/\s+/).filter(Boolean);

describe.each(Object.keys(SAMPLES) as (keyof MailData)[])("the %s mail", (action) => {
  test.each(SAMPLES[action].map((data, index) => [index + 1, data] as const))("case %i: HTML and text come from one template", async (_case, data) => {
    const message = (ACTIONS[action].mail as (data: MailData[typeof action]) => ReturnType<(typeof ACTIONS)[typeof action]["mail"]>)(data);
    const mail = await renderMail(message, "Grace <Hopper>");

    // The same words, in the same order.
    expect(words(spokenText(mail.text))).toEqual(words(shownText(mail.html)));
    // The same links, all absolute under APP_URL (or the absolute link the payload gave); the
    // signature names APP_URL itself.
    const hrefs = [...mail.html.matchAll(/href="([^"]*)"/g)].map((match) => decode(match[1]!));
    expect(mail.text.match(URL_PATTERN)?.filter((url) => url !== env().APP_URL)).toEqual(hrefs);
    for (const href of hrefs) expect(href.startsWith(`${env().APP_URL}/`) || href.startsWith("https://elsewhere.example/")).toBe(true);
    // Nothing that looks like markup became markup.
    expect(mail.html).not.toMatch(/<(script|b|Conf|Hopper|full|zip|Organizer|1)>/);
    expect(mail.subject).toBe(message.subject);
    expect(mail.text.startsWith(`${message.subject}\n\nHello Grace <Hopper>,\n\n`)).toBe(true);
  });
});
