import { formatEventRange } from "../format/dates";
import { html, type SafeHtml } from "../mail/html";
import { absoluteUrl, mailButton, mailLayout, textLayout } from "../mail/layout";
import {
  displayName,
  loadEvent,
  loadEventAndUser,
  loadRoleInvite,
  loadSession,
  loadSpeakerProfile,
  loadUser,
  type LoadedEvent,
  type LoadedSession,
  type Person,
} from "./loaders";
import {
  NOTIFICATION_ACTIONS,
  NOTIFICATION_PAYLOAD_SCHEMAS,
  isNotificationAction,
  notificationJobName,
  type NotificationAction,
  type NotificationPayload,
} from "./schemas";

export { NOTIFICATION_ACTIONS, NOTIFICATION_PAYLOAD_SCHEMAS, isNotificationAction, notificationJobName };
export type { NotificationAction, NotificationPayload };

/**
 * The actions catalogue: for each action, what it loads, who hears about it, and what they
 * read (in-app notification, mail subject, HTML and plain-text body). `notify` and the
 * notification jobs are generated from it, and the admin message-settings page labels its
 * toggles with `label`/`description`.
 *
 * Escaping rule: HTML bodies and notification messages are HTML (Open Event clients render
 * the message as HTML), built with the `html` template, which escapes every value. Titles and
 * subjects hold no user values except where noted and are plain text; text bodies are plain.
 */

/** Someone who hears about an action: by mail (`email`) and/or in the app (`userId`). */
export interface Recipient {
  email: string | null;
  userId: number | null;
  name: string;
}

export interface NotificationContent {
  title: string;
  /** HTML with every user value escaped. */
  message: string;
  /** A path in this app (clients resolve it against their origin). */
  link: string | null;
}

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

export interface ActionDefinition<A extends NotificationAction, D> {
  action: A;
  /** Short label for admins (message settings page). */
  label: string;
  /** When it is sent and to whom, for admins deciding whether to switch it off. */
  description: string;
  /** Reads what the templates need (constant number of queries); null when the subject is gone. */
  load(payload: NotificationPayload<A>): Promise<D | null>;
  recipients(data: D): Recipient[];
  /** Null for actions that only mail (secret links do not belong in the notification list). */
  notification: ((data: D) => NotificationContent) | null;
  mail(data: D, recipient: Recipient): MailContent;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the catalogue holds each action's own data type
export type AnyActionDefinition = ActionDefinition<NotificationAction, any>;

function defineAction<A extends NotificationAction, D>(definition: ActionDefinition<A, D>): ActionDefinition<A, D> {
  return definition;
}

/** Paths the messages link to, in one place so that routes can move without hunting templates. */
export const notificationLinks = {
  eventDashboard: (eventId: number) => `/events/${eventId}`,
  sessionDashboard: (eventId: number, sessionId: number) => `/events/${eventId}/sessions/${sessionId}`,
  speakerDashboard: (eventId: number, speakerId: number) => `/events/${eventId}/speakers/${speakerId}`,
  publicEvent: (identifier: string) => `/e/${identifier}`,
  publicSession: (identifier: string, sessionId: number) => `/e/${identifier}/sessions/${sessionId}`,
  account: () => `/account`,
};

const FORGOT_PASSWORD = "/forgot-password";

const SESSION_STATE_WORDS: Record<string, string> = {
  draft: "saved as a draft",
  pending: "pending review",
  accepted: "accepted",
  confirmed: "confirmed",
  rejected: "rejected",
  withdrawn: "withdrawn",
  canceled: "canceled",
};

const personRecipient = (person: Person): Recipient => ({ email: person.email, userId: person.id, name: displayName(person) });

const organizerRecipients = (event: LoadedEvent): Recipient[] => event.organizers.map(personRecipient);

/**
 * A session's speakers, one recipient per address: a speaker's own address wins over their
 * account's (it is the one given for this event); a speaker without either still gets the
 * in-app notification when linked to an account.
 */
function speakerRecipients(session: LoadedSession): Recipient[] {
  const byKey = new Map<string, Recipient>();
  for (const speaker of session.speakers) {
    const email = speaker.email ?? speaker.user?.email ?? null;
    const key = email ? `e:${email.toLowerCase()}` : speaker.user ? `u:${speaker.user.id}` : null;
    if (!key) continue;
    const known = byKey.get(key);
    if (known) {
      known.userId ??= speaker.user?.id ?? null;
      continue;
    }
    byKey.set(key, { email, userId: speaker.user?.id ?? null, name: speaker.name });
  }
  // Two speaker rows may point to the same account with different addresses: one notification.
  const notified = new Set<number>();
  return [...byKey.values()].map((recipient) => {
    if (recipient.userId === null) return recipient;
    if (notified.has(recipient.userId)) return { ...recipient, userId: null };
    notified.add(recipient.userId);
    return recipient;
  });
}

const speakerNames = (session: LoadedSession): string => session.speakers.map((speaker) => speaker.name).join(", ");

/** Builds both bodies from one set of paragraphs, so HTML and text never say different things. */
function mail(
  subject: string,
  recipient: Recipient,
  paragraphs: { html: SafeHtml; text: string }[],
  action?: { href: string; label: string },
): MailContent {
  const greeting = { html: html`<p>Hello ${recipient.name},</p>`, text: `Hello ${recipient.name},` };
  const all = [greeting, ...paragraphs];
  const body = html`${all.map((paragraph) => paragraph.html)}${action ? mailButton(action.href, action.label) : ""}`;
  const text = [...all.map((paragraph) => paragraph.text), ...(action ? [`${action.label}: ${absoluteUrl(action.href)}`] : [])].join("\n\n");
  return { subject, html: mailLayout({ heading: subject, body }), text: textLayout({ heading: subject, body: text }) };
}

/** One paragraph in both forms; `htmlPart` escapes its values, `textPart` is plain. */
const para = (htmlPart: SafeHtml, textPart: string) => ({ html: html`<p>${htmlPart}</p>`, text: textPart });

const schedule = (session: LoadedSession): string =>
  session.startsAt && session.endsAt
    ? `${formatEventRange(session.startsAt, session.endsAt, session.event.timezone)} (${session.event.timezone})`
    : "not scheduled yet";

export const ACTIONS = {
  new_session: defineAction({
    action: "new_session",
    label: "New session proposal",
    description: "A speaker submits a session; the event's owner, organizers and co-organizers are told.",
    load: ({ sessionId }) => loadSession(sessionId),
    recipients: (session) => organizerRecipients(session.event),
    notification: (session) => ({
      title: "New session proposal",
      message: html`${speakerNames(session) || "A speaker"} proposed the session “${session.title}” for ${session.event.name}.`.value,
      link: notificationLinks.sessionDashboard(session.event.id, session.id),
    }),
    mail: (session, recipient) =>
      mail(
        // Subjects are plain text (mail headers are not HTML); the title is shown as typed.
        `New session proposal for ${session.event.name}: ${session.title}`,
        recipient,
        [
          para(
            html`${speakerNames(session) || "A speaker"} proposed the session <strong>${session.title}</strong> for <strong>${session.event.name}</strong>.`,
            `${speakerNames(session) || "A speaker"} proposed the session "${session.title}" for ${session.event.name}.`,
          ),
        ],
        { href: notificationLinks.sessionDashboard(session.event.id, session.id), label: "Review the proposal" },
      ),
  }),

  session_state_change: defineAction({
    action: "session_state_change",
    label: "Session state change",
    description: "An organizer accepts, confirms, rejects or cancels a session; its speakers are told.",
    load: ({ sessionId }) => loadSession(sessionId),
    recipients: speakerRecipients,
    notification: (session) => ({
      title: "Session status changed",
      message: html`Your session “${session.title}” at ${session.event.name} is now ${SESSION_STATE_WORDS[session.state] ?? session.state}.`.value,
      link: notificationLinks.publicSession(session.event.identifier, session.id),
    }),
    mail: (session, recipient) =>
      mail(
        `Your session “${session.title}” is ${SESSION_STATE_WORDS[session.state] ?? session.state}`,
        recipient,
        [
          para(
            html`Your session <strong>${session.title}</strong> at <strong>${session.event.name}</strong> is now ${SESSION_STATE_WORDS[session.state] ?? session.state}.`,
            `Your session "${session.title}" at ${session.event.name} is now ${SESSION_STATE_WORDS[session.state] ?? session.state}.`,
          ),
        ],
        { href: notificationLinks.publicSession(session.event.identifier, session.id), label: "View the session" },
      ),
  }),

  session_schedule_change: defineAction({
    action: "session_schedule_change",
    label: "Session schedule change",
    description: "A session's time or room changes; its speakers are told.",
    load: ({ sessionId }) => loadSession(sessionId),
    recipients: speakerRecipients,
    notification: (session) => ({
      title: "Session rescheduled",
      message: html`Your session “${session.title}” at ${session.event.name} is now scheduled for ${schedule(session)}${session.microlocation ? html` in ${session.microlocation.name}` : ""}.`.value,
      link: notificationLinks.publicSession(session.event.identifier, session.id),
    }),
    mail: (session, recipient) =>
      mail(`Schedule change for “${session.title}”`, recipient, [
        para(
          html`Your session <strong>${session.title}</strong> at <strong>${session.event.name}</strong> is now scheduled for ${schedule(session)}${session.microlocation ? html` in ${session.microlocation.name}` : ""}.`,
          `Your session "${session.title}" at ${session.event.name} is now scheduled for ${schedule(session)}${session.microlocation ? ` in ${session.microlocation.name}` : ""}.`,
        ),
      ], { href: notificationLinks.publicSession(session.event.identifier, session.id), label: "View the session" }),
  }),

  session_edited: defineAction({
    action: "session_edited",
    label: "Proposal edited",
    description: "A speaker changes a proposal that is no longer a draft; the event's owner, organizers and co-organizers are told.",
    load: ({ sessionId }) => loadSession(sessionId),
    recipients: (session) => organizerRecipients(session.event),
    notification: (session) => ({
      title: "Proposal edited",
      message: html`${speakerNames(session) || "A speaker"} edited the session “${session.title}” for ${session.event.name}.`.value,
      link: notificationLinks.sessionDashboard(session.event.id, session.id),
    }),
    mail: (session, recipient) =>
      mail(
        `Proposal edited for ${session.event.name}: ${session.title}`,
        recipient,
        [
          para(
            html`${speakerNames(session) || "A speaker"} edited the session <strong>${session.title}</strong> for <strong>${session.event.name}</strong>.`,
            `${speakerNames(session) || "A speaker"} edited the session "${session.title}" for ${session.event.name}.`,
          ),
        ],
        { href: notificationLinks.sessionDashboard(session.event.id, session.id), label: "Review the proposal" },
      ),
  }),

  session_withdrawn: defineAction({
    action: "session_withdrawn",
    label: "Proposal withdrawn",
    description: "A speaker withdraws a session that was submitted; the event's owner, organizers and co-organizers are told.",
    load: ({ sessionId }) => loadSession(sessionId),
    recipients: (session) => organizerRecipients(session.event),
    notification: (session) => ({
      title: "Proposal withdrawn",
      message: html`${speakerNames(session) || "A speaker"} withdrew the session “${session.title}” from ${session.event.name}.`.value,
      link: notificationLinks.sessionDashboard(session.event.id, session.id),
    }),
    mail: (session, recipient) =>
      mail(
        `Proposal withdrawn from ${session.event.name}: ${session.title}`,
        recipient,
        [
          para(
            html`${speakerNames(session) || "A speaker"} withdrew the session <strong>${session.title}</strong> from <strong>${session.event.name}</strong>.`,
            `${speakerNames(session) || "A speaker"} withdrew the session "${session.title}" from ${session.event.name}.`,
          ),
        ],
        { href: notificationLinks.sessionDashboard(session.event.id, session.id), label: "Open the session" },
      ),
  }),

  speaker_edited: defineAction({
    action: "speaker_edited",
    label: "Speaker profile edited",
    description: "A speaker changes their profile for an event they have proposed a session to; its owner, organizers and co-organizers are told.",
    load: ({ speakerId }) => loadSpeakerProfile(speakerId),
    // A profile behind drafts only is nothing the organizers have seen yet.
    recipients: (speaker) => (speaker.proposed ? organizerRecipients(speaker.event) : []),
    notification: (speaker) => ({
      title: "Speaker profile edited",
      message: html`${speaker.name} edited their speaker profile for ${speaker.event.name}.`.value,
      link: notificationLinks.speakerDashboard(speaker.event.id, speaker.id),
    }),
    mail: (speaker, recipient) =>
      mail(
        `Speaker profile edited for ${speaker.event.name}: ${speaker.name}`,
        recipient,
        [
          para(
            html`<strong>${speaker.name}</strong> edited their speaker profile for <strong>${speaker.event.name}</strong>.`,
            `${speaker.name} edited their speaker profile for ${speaker.event.name}.`,
          ),
        ],
        { href: notificationLinks.speakerDashboard(speaker.event.id, speaker.id), label: "Open the profile" },
      ),
  }),

  event_role_invite: defineAction({
    action: "event_role_invite",
    label: "Event role invitation",
    description: "An organizer invites someone to a role on an event; the invitee gets the accept link.",
    load: async ({ roleInviteId, link }) => {
      const invite = await loadRoleInvite(roleInviteId);
      return invite && { ...invite, link };
    },
    recipients: (invite) => [{ email: invite.email, userId: invite.user?.id ?? null, name: invite.user ? displayName(invite.user) : invite.email }],
    notification: (invite) => ({
      title: "Invitation to an event team",
      message: html`You are invited to join ${invite.event.name} as ${invite.roleTitle}.`.value,
      // The link carries the invite secret; only the invitee (and admins) can read notifications.
      link: invite.link,
    }),
    mail: (invite, recipient) =>
      mail(`Invitation to join ${invite.event.name} as ${invite.roleTitle}`, recipient, [
        para(
          html`You are invited to join <strong>${invite.event.name}</strong> as <strong>${invite.roleTitle}</strong>.`,
          `You are invited to join ${invite.event.name} as ${invite.roleTitle}.`,
        ),
        para(html`If you do not have an account yet, you can create one with this address after following the link.`, "If you do not have an account yet, you can create one with this address after following the link."),
      ], { href: invite.link, label: "Accept or decline the invitation" }),
  }),

  event_published: defineAction({
    action: "event_published",
    label: "Event published",
    description: "An event is published; its owner, organizers and co-organizers are told.",
    load: ({ eventId }) => loadEvent(eventId),
    recipients: organizerRecipients,
    notification: (event) => ({
      title: "Event published",
      message: html`${event.name} is now published.`.value,
      link: notificationLinks.publicEvent(event.identifier),
    }),
    mail: (event, recipient) =>
      mail(`${event.name} is published`, recipient, [
        para(html`<strong>${event.name}</strong> is now published and visible to everyone.`, `${event.name} is now published and visible to everyone.`),
      ], { href: notificationLinks.publicEvent(event.identifier), label: "Open the event page" }),
  }),

  event_exported: defineAction({
    action: "event_exported",
    label: "Event export ready",
    description: "An export finishes; the user who started it gets the download link.",
    load: async ({ eventId, userId, downloadUrl }) => {
      const loaded = await loadEventAndUser(eventId, userId);
      return loaded && { ...loaded, downloadUrl };
    },
    recipients: ({ user }) => [personRecipient(user)],
    notification: ({ event, downloadUrl }) => ({
      title: "Export ready",
      message: html`The export of ${event.name} is ready to download.`.value,
      link: downloadUrl,
    }),
    mail: ({ event, downloadUrl }, recipient) =>
      mail(`Export of ${event.name} ready`, recipient, [
        para(html`The export of <strong>${event.name}</strong> is ready.`, `The export of ${event.name} is ready.`),
      ], { href: downloadUrl, label: "Download" }),
  }),

  event_export_fail: defineAction({
    action: "event_export_fail",
    label: "Event export failed",
    description: "An export fails; the user who started it is told why.",
    load: async ({ eventId, userId, error }) => {
      // An export fails when its event is deleted meanwhile; the user must hear about it all the same.
      const loaded = await loadEventAndUser(eventId, userId, { includeDeleted: true });
      return loaded && { ...loaded, error: error ?? null };
    },
    recipients: ({ user }) => [personRecipient(user)],
    notification: ({ event, error }) => ({
      title: "Export failed",
      message: html`The export of ${event.name} failed${error ? html`: ${error}` : ""}.`.value,
      link: event.deletedAt ? "/events" : notificationLinks.eventDashboard(event.id),
    }),
    mail: ({ event, error }, recipient) =>
      mail(`Export of ${event.name} failed`, recipient, [
        para(html`The export of <strong>${event.name}</strong> failed${error ? html`: ${error}` : ""}.`, `The export of ${event.name} failed${error ? `: ${error}` : ""}.`),
      ], event.deletedAt ? { href: "/events", label: "Open your events" } : { href: notificationLinks.eventDashboard(event.id), label: "Open the event" }),
  }),

  event_imported: defineAction({
    action: "event_imported",
    label: "Event imported",
    description: "An import finishes; the user who started it gets a link to the new event.",
    load: ({ eventId, userId }) => loadEventAndUser(eventId, userId),
    recipients: ({ user }) => [personRecipient(user)],
    notification: ({ event }) => ({
      title: "Import finished",
      message: html`${event.name} was imported.`.value,
      link: notificationLinks.eventDashboard(event.id),
    }),
    mail: ({ event }, recipient) =>
      mail(`${event.name} imported`, recipient, [
        para(html`<strong>${event.name}</strong> was imported.`, `${event.name} was imported.`),
      ], { href: notificationLinks.eventDashboard(event.id), label: "Open the event" }),
  }),

  event_import_fail: defineAction({
    action: "event_import_fail",
    label: "Event import failed",
    description: "An import fails (nothing is kept); the user who started it is told why.",
    load: async ({ userId, error }) => {
      const user = await loadUser(userId);
      return user && { user, error: error ?? null };
    },
    recipients: ({ user }) => [personRecipient(user)],
    notification: ({ error }) => ({
      title: "Import failed",
      message: html`Your event import failed${error ? html`: ${error}` : ""}.`.value,
      link: null,
    }),
    mail: ({ error }, recipient) =>
      mail("Event import failed", recipient, [
        para(html`Your event import failed${error ? html`: ${error}` : ""}. Nothing was imported.`, `Your event import failed${error ? `: ${error}` : ""}. Nothing was imported.`),
      ]),
  }),

  user_registration: defineAction({
    action: "user_registration",
    label: "Welcome after sign-up",
    description: "Someone creates an account; they get a welcome message.",
    load: ({ userId }) => loadUser(userId),
    recipients: (user) => [personRecipient(user)],
    notification: () => ({
      title: "Welcome to Open Event",
      message: "Your account is ready. Create an event or propose a session to get started.",
      link: "/events",
    }),
    mail: (_user, recipient) =>
      mail("Welcome to Open Event", recipient, [
        para(html`Your account is ready. Create an event or propose a session to get started.`, "Your account is ready. Create an event or propose a session to get started."),
      ], { href: "/events", label: "Go to your events" }),
  }),

  account_exists: defineAction({
    action: "account_exists",
    label: "Sign-up with a registered address",
    description:
      "Someone tries to sign up with the address of an existing account; the sign-up answers as for a new address and the owner gets this mail instead. Mail only.",
    load: ({ userId }) => loadUser(userId),
    recipients: (user) => [personRecipient(user)],
    notification: null,
    mail: (_user, recipient) =>
      mail("Someone tried to sign up with your address", recipient, [
        para(
          html`Someone just tried to create an account with this address. You already have one, so nothing was created and nothing changed.`,
          "Someone just tried to create an account with this address. You already have one, so nothing was created and nothing changed.",
        ),
        para(
          html`If it was you, sign in with your password, or <a href="${absoluteUrl(FORGOT_PASSWORD)}">choose a new one</a> if you no longer know it. If it was not you, ignore this mail.`,
          `If it was you, sign in with your password, or choose a new one if you no longer know it: ${absoluteUrl(FORGOT_PASSWORD)}. If it was not you, ignore this mail.`,
        ),
      ], { href: "/sign-in", label: "Sign in" }),
  }),

  user_confirm: defineAction({
    action: "user_confirm",
    label: "E-mail confirmation",
    description: "After sign-up (or an address change) the user gets a link to confirm the address. Mail only.",
    load: async ({ userId, link }) => {
      const user = await loadUser(userId);
      return user && { user, link };
    },
    recipients: ({ user }) => [personRecipient(user)],
    notification: null,
    mail: ({ link }, recipient) =>
      mail("Confirm your e-mail address", recipient, [
        para(html`Please confirm that this address belongs to you.`, "Please confirm that this address belongs to you."),
        para(html`If you did not create an account, ignore this mail.`, "If you did not create an account, ignore this mail."),
      ], { href: link, label: "Confirm my address" }),
  }),

  password_reset: defineAction({
    action: "password_reset",
    label: "Password reset",
    description: "A user asks to reset their password; they get a single-use, expiring link. Mail only.",
    load: async ({ userId, link }) => {
      const user = await loadUser(userId);
      return user && { user, link };
    },
    recipients: ({ user }) => [personRecipient(user)],
    notification: null,
    mail: ({ link }, recipient) =>
      mail("Reset your password", recipient, [
        para(html`Someone asked to reset the password of your account. The link below works once and expires soon.`, "Someone asked to reset the password of your account. The link below works once and expires soon."),
        para(html`If it was not you, ignore this mail: your password stays as it is.`, "If it was not you, ignore this mail: your password stays as it is."),
      ], { href: link, label: "Choose a new password" }),
  }),

  password_change: defineAction({
    action: "password_change",
    label: "Password changed",
    description: "A user's password changes; they are told, so that an unexpected change is noticed.",
    load: ({ userId }) => loadUser(userId),
    recipients: (user) => [personRecipient(user)],
    notification: () => ({
      title: "Password changed",
      message: "The password of your account was changed.",
      link: notificationLinks.account(),
    }),
    mail: (_user, recipient) =>
      mail("Your password was changed", recipient, [
        para(html`The password of your account was just changed.`, "The password of your account was just changed."),
        para(html`If you did not do this, reset your password at once and contact the platform administrators.`, "If you did not do this, reset your password at once and contact the platform administrators."),
      ]),
  }),
} as const satisfies { [A in NotificationAction]: { action: A } };

export function actionDefinition(action: NotificationAction): AnyActionDefinition {
  return ACTIONS[action] as AnyActionDefinition;
}
