import { z } from "zod";

/**
 * Payloads of every notification action: ids only (a delayed or retried job reads the current
 * rows), plus the plain secret link where the stored value is a hash that cannot be turned
 * back into the link (role invites, e-mail confirmation, password reset).
 *
 * `link` may be absolute (`https://…`) or a path under APP_URL (`/invites/accept?token=…`).
 * No `.default()`/transforms: these also become Inngest event schemas, whose input and output
 * types must match.
 */
const id = z.number().int().positive();
const link = z.string().min(1).max(2000).refine((value) => value.startsWith("/") || /^https?:\/\//.test(value), {
  message: "Expected an absolute http(s) URL or a path starting with /",
});
const reason = z.string().max(2000).optional();

export const NOTIFICATION_PAYLOAD_SCHEMAS = {
  /** A speaker proposed a session: organizers are told. */
  new_session: z.object({ sessionId: id }),
  /** An organizer accepted/confirmed/rejected… a session: its speakers are told. */
  session_state_change: z.object({ sessionId: id }),
  /** A session's time or room changed: its speakers are told. */
  session_schedule_change: z.object({ sessionId: id }),
  /** A speaker changed their proposal (beyond a draft): organizers are told. */
  session_edited: z.object({ sessionId: id }),
  /** A speaker withdrew their proposal: organizers are told. */
  session_withdrawn: z.object({ sessionId: id }),
  /** A speaker changed their own profile: the organizers of an event they have proposed to are told. */
  speaker_edited: z.object({ speakerId: id }),
  /** Someone was invited to an event role: the invitee e-mail gets the accept link. */
  event_role_invite: z.object({ roleInviteId: id, link }),
  /** The event went live: its organizers are told. */
  event_published: z.object({ eventId: id }),
  /** An export finished: the user who asked for it gets the download link. */
  event_exported: z.object({ eventId: id, userId: id, downloadUrl: link }),
  event_export_fail: z.object({ eventId: id, userId: id, error: reason }),
  /** An import finished: the importing user gets a link to the new event. */
  event_imported: z.object({ eventId: id, userId: id }),
  /** A failed import leaves no event behind, hence no eventId. */
  event_import_fail: z.object({ userId: id, error: reason }),
  user_registration: z.object({ userId: id }),
  /** Someone signed up with the address of an existing account: its owner is told, nobody else. */
  account_exists: z.object({ userId: id }),
  user_confirm: z.object({ userId: id, link }),
  password_reset: z.object({ userId: id, link }),
  password_change: z.object({ userId: id }),
} as const;

export type NotificationAction = keyof typeof NOTIFICATION_PAYLOAD_SCHEMAS;
export type NotificationPayload<A extends NotificationAction> = z.infer<(typeof NOTIFICATION_PAYLOAD_SCHEMAS)[A]>;

/** Every action, in the order the admin page lists them (the seeded MessageSettings rows). */
export const NOTIFICATION_ACTIONS = Object.keys(NOTIFICATION_PAYLOAD_SCHEMAS) as NotificationAction[];

export function isNotificationAction(value: string): value is NotificationAction {
  return Object.hasOwn(NOTIFICATION_PAYLOAD_SCHEMAS, value);
}

type Dasherized<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}-${Dasherized<Tail>}` : S;

/**
 * The job (and Inngest event) name of an action: one function per action kind. Dashes, not
 * underscores, because Inngest function ids are the job names with every other character
 * turned into "-" and the ids must stay readable back to the job.
 */
export function notificationJobName<A extends NotificationAction>(action: A): `notification/${Dasherized<A>}` {
  return `notification/${action.replaceAll("_", "-")}` as `notification/${Dasherized<A>}`;
}

/**
 * Attributes a client may not change: accepted by the body parser only so that this schema
 * can answer 422 with the attribute's own pointer (Open Event allows only `is-read` to change).
 */
const readOnly = z.undefined({ error: "Only is-read can be changed" }).optional();

/** PATCH /v1/notifications/{id}. */
export const updateNotificationSchema = z.object({
  isRead: z.boolean().optional(),
  title: readOnly,
  message: readOnly,
  action: readOnly,
  link: readOnly,
  receivedAt: readOnly,
});
export type UpdateNotificationInput = z.infer<typeof updateNotificationSchema>;
