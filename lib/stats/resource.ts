import { defineResource, type AttributeDef } from "../jsonapi/resource";
import { API_BASE } from "../jsonapi/serialize";
import { getAdminEventStatistics, type AdminEventStatistics } from "./get-admin-event-statistics";
import { getAdminGroupStatistics, type AdminGroupStatistics } from "./get-admin-group-statistics";
import { getAdminMailStatistics, type AdminMailStatistics } from "./get-admin-mail-statistics";
import { getAdminSessionStatistics, type AdminSessionStatistics } from "./get-admin-session-statistics";
import { getAdminUserStatistics, type AdminUserStatistics } from "./get-admin-user-statistics";
import { getEventGeneralStatistics, type EventGeneralStatistics } from "./get-event-general-statistics";

/**
 * Open Event's statistics documents, read-only. The admin ones are singletons with no row behind
 * them: Open Event gives each the id 1 and links it to its own path
 * (`/v1/admin/statistics/events`); the event's general statistics carry the event's id and
 * live under it (`/v1/events/{id}/general-statistics`). Each is one aggregate query (the
 * services); `model` names the table each mainly counts.
 */

const counts = <R>(...keys: (keyof R & string)[]): Record<string, AttributeDef<R>> => Object.fromEntries(keys.map((key) => [key, {}]));

function adminStatistics<R>(type: string, path: string, model: string, keys: (keyof R & string)[], get: (actor: Parameters<typeof getAdminEventStatistics>[0]) => Promise<R>) {
  const link = `${API_BASE}/admin/statistics/${path}`;
  return defineResource<R>({
    type,
    path: `admin/statistics/${path}`,
    model,
    attributes: counts<R>(...keys),
    id: () => "1",
    link: () => link,
    get: (actor) => get(actor),
  });
}

export const adminEventStatisticsResource = adminStatistics<AdminEventStatistics>("admin-statistics-event", "events", "Event", ["draft", "published", "past"], (actor) =>
  getAdminEventStatistics(actor),
);

export const adminSessionStatisticsResource = adminStatistics<AdminSessionStatistics>(
  "admin-statistics-session",
  "sessions",
  "Session",
  ["draft", "submitted", "accepted", "confirmed", "pending", "rejected", "withdrawn", "canceled"],
  getAdminSessionStatistics,
);

export const adminUserStatisticsResource = adminStatistics<AdminUserStatistics>(
  "admin-statistics-user",
  "users",
  "User",
  ["superAdmin", "admin", "verified", "unverified", "owner", "organizer", "coorganizer", "attendee", "trackOrganizer"],
  getAdminUserStatistics,
);

export const adminMailStatisticsResource = adminStatistics<AdminMailStatistics>("admin-statistics-mail", "mails", "Mail", ["oneDay", "threeDays", "sevenDays", "thirtyDays"], (actor) =>
  getAdminMailStatistics(actor),
);

export const adminGroupStatisticsResource = adminStatistics<AdminGroupStatistics>("admin-statistics-group", "groups", "Event", ["groups", "groupEvents", "followers"], getAdminGroupStatistics);

export const eventGeneralStatisticsResource = defineResource<EventGeneralStatistics>({
  type: "event-statistics-general",
  path: "events",
  model: "Event",
  attributes: {
    identifier: {},
    ...counts<EventGeneralStatistics>(
      "sessions",
      "sessionsDraft",
      "sessionsSubmitted",
      "sessionsAccepted",
      "sessionsConfirmed",
      "sessionsPending",
      "sessionsRejected",
      "sessionsWithdrawn",
      "sessionsCanceled",
      "speakers",
      "sponsors",
      "speakerWithoutSession",
    ),
  },
  link: (id) => `${API_BASE}/events/${id}/general-statistics`,
  get: (actor, id) => getEventGeneralStatistics(actor, id),
});
