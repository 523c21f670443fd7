import type { Metadata } from "next";
import Link from "next/link";
import { StatCards } from "@/components/stats/stat-cards";
import { StatChart, type StatRow } from "@/components/stats/stat-chart";
import { dayLabel, SESSION_STATE_DISPLAY } from "@/components/stats/labels";
import { requireAdminActor } from "@/components/server/admin-actor";
import { SESSION_STATES } from "@/lib/sessions/states";
import { findEventTopicStatistics, findEventTypeStatistics } from "@/lib/stats/find-event-taxonomy-statistics";
import { findMailsPerDay } from "@/lib/stats/find-mails-per-day";
import { getAdminEventStatistics } from "@/lib/stats/get-admin-event-statistics";
import { getAdminMailStatistics, MAIL_STATISTICS_DAYS } from "@/lib/stats/get-admin-mail-statistics";
import { getAdminSessionStatistics } from "@/lib/stats/get-admin-session-statistics";
import { getAdminUserStatistics, type AdminUserStatistics } from "@/lib/stats/get-admin-user-statistics";
import { USER_CATEGORIES, USER_CATEGORY_LABELS, type UserCategory } from "@/lib/users/categories";

export const metadata: Metadata = { title: "Dashboard · Admin" };

const USER_KEYS: Record<UserCategory, keyof AdminUserStatistics> = {
  "super-admin": "superAdmin",
  admin: "admin",
  verified: "verified",
  unverified: "unverified",
  owner: "owner",
  organizer: "organizer",
  coorganizer: "coorganizer",
  attendee: "attendee",
  "track-organizer": "trackOrganizer",
};

const MAIL_LABELS = { oneDay: "Last 24 hours", threeDays: "Last 3 days", sevenDays: "Last 7 days", thirtyDays: "Last 30 days" } as const;

/**
 * The platform at a glance: Open Event's admin statistics as cards and charts, every number a
 * link to the list it counts.
 */
export default async function AdminDashboardPage() {
  const actor = await requireAdminActor("/admin");
  const now = new Date();
  const [events, sessions, users, mails, perDay, types, topics] = await Promise.all([
    getAdminEventStatistics(actor, now),
    getAdminSessionStatistics(actor),
    getAdminUserStatistics(actor),
    getAdminMailStatistics(actor, now),
    findMailsPerDay(actor, now),
    findEventTypeStatistics(actor),
    findEventTopicStatistics(actor),
  ]);

  const eventRows: StatRow[] = [
    { key: "draft", label: "Draft", value: events.draft, href: "/admin/events?state=draft", color: "#d97706" },
    { key: "published", label: "Published", value: events.published, href: "/admin/events?state=published", color: "#16a34a" },
    { key: "past", label: "Past", value: events.past, href: "/admin/events?state=past", color: "#64748b" },
  ];
  const sessionRows: StatRow[] = SESSION_STATES.map((state) => ({
    key: state,
    label: SESSION_STATE_DISPLAY[state].label,
    value: sessions[state],
    href: `/admin/sessions?state=${state}`,
    color: SESSION_STATE_DISPLAY[state].color,
  }));
  const submitted: StatRow = { key: "submitted", label: "Submitted", value: sessions.submitted, href: "/admin/sessions?state=submitted" };
  const userRows: StatRow[] = USER_CATEGORIES.map((category) => ({
    key: category,
    label: USER_CATEGORY_LABELS[category],
    value: users[USER_KEYS[category]],
    href: `/admin/users?role=${category}`,
  }));
  const mailRows: StatRow[] = (Object.keys(MAIL_LABELS) as (keyof typeof MAIL_LABELS)[]).map((key) => ({
    key,
    label: MAIL_LABELS[key],
    value: mails[key],
    href: `/admin/mails?days=${MAIL_STATISTICS_DAYS[key]}`,
  }));
  const dayRows: StatRow[] = perDay.map((day) => ({ key: day.date, label: dayLabel(day.date), value: day.count, href: `/admin/mails?date=${day.date}` }));
  const topicRows: StatRow[] = topics.map((topic) => ({ key: String(topic.id), label: topic.name, value: topic.count, href: `/admin/events?topic=${topic.id}` }));
  const typeRows: StatRow[] = types.map((type) => ({ key: String(type.id), label: type.name, value: type.count, href: `/admin/events?type=${type.id}` }));

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
        <p className="mt-1 text-sm text-slate-600">
          Live events, sessions, accounts and mail of the platform. Every number opens the list it counts; deleted rows are not counted.
        </p>
      </div>

      <section aria-labelledby="events-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="events-heading" className="text-lg font-semibold">
            Events
          </h2>
          <Link href="/admin/events?state=deleted" className="text-sm text-brand-700 hover:underline">
            Deleted events
          </Link>
        </div>
        <p className="text-sm text-slate-600">Draft and published events that have not ended, and past events of either state.</p>
        <StatCards label="Events by state" rows={eventRows} testId="event-cards" />
        <StatChart title="Events by state" rows={eventRows} labelHeader="State" valueHeader="Events" testId="events-chart" />
      </section>

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-slate-600">Sessions of live events. Submitted counts every session but drafts.</p>
        <StatCards label="Sessions by state" rows={[submitted, ...sessionRows]} testId="session-cards" />
        <StatChart title="Sessions by state" rows={sessionRows} labelHeader="State" valueHeader="Sessions" testId="sessions-chart" />
      </section>

      <section aria-labelledby="users-heading" className="space-y-3">
        <h2 id="users-heading" className="text-lg font-semibold">
          Users
        </h2>
        <p className="text-sm text-slate-600">
          Super admins, admins and the verified or unverified rest do not overlap; an event role counts users who hold it on a live event.
        </p>
        <StatCards label="Users by kind" rows={userRows} testId="user-cards" />
        <StatChart title="Users by kind" kind="rows" rows={userRows} labelHeader="Kind" valueHeader="Users" testId="users-chart" />
      </section>

      <section aria-labelledby="mails-heading" className="space-y-3">
        <h2 id="mails-heading" className="text-lg font-semibold">
          Mails
        </h2>
        <StatCards label="Mails sent" rows={mailRows} testId="mail-cards" />
        <StatChart
          title="Mails per day"
          description="The last 30 days, by UTC day."
          kind="series"
          rows={dayRows}
          labelHeader="Day"
          valueHeader="Mails"
          testId="mails-chart"
        />
      </section>

      <section aria-labelledby="taxonomy-heading" className="space-y-3">
        <h2 id="taxonomy-heading" className="text-lg font-semibold">
          Topics and types
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <StatChart title="Events per topic" kind="rows" rows={topicRows} labelHeader="Topic" valueHeader="Events" testId="topics-chart" />
          <StatChart title="Events per type" kind="rows" rows={typeRows} labelHeader="Type" valueHeader="Events" testId="types-chart" />
        </div>
      </section>
    </div>
  );
}
