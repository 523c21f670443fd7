import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/components/server/or-not-found";
import { Badge, EventStateBadge } from "@/components/ui/badge";
import { DeleteUserButton, PrivilegeControls } from "@/components/users/privilege-controls";
import { ProfileForm } from "@/components/users/profile-form";
import { profileFormValues } from "@/components/users/profile-values";
import { UserAvatar } from "@/components/users/user-avatar";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { requireSessionActor } from "@/lib/auth/session";
import { parseRowId } from "@/lib/jsonapi/input";
import { findUserEvents } from "@/lib/users/find-user-events";
import { getFullUser } from "@/lib/users/get-user";
import { displayName } from "@/lib/users/load";

export const metadata: Metadata = { title: "User · Admin" };

const ROLE_LABELS: Record<string, string> = {
  owner: "Owner",
  organizer: "Organizer",
  coorganizer: "Co-organizer",
  track_organizer: "Track organizer",
  moderator: "Moderator",
  registrar: "Registrar",
  attendee: "Attendee",
};

const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/admin/users/${encodeURIComponent(id)}`);
  const userId = parseRowId(id);
  if (!userId) notFound();
  const [user, events] = await Promise.all([orNotFound(getFullUser(actor, userId)), orNotFound(findUserEvents(actor, userId))]);
  const name = displayName(user);
  const facts = [
    ["E-mail", user.email],
    ["First name", user.firstName],
    ["Family name", user.lastName],
    ["Public name", user.publicName],
    ["Contact", user.contact],
    ["Joined", DAY.format(user.createdAt)],
    ["Last signed in", user.lastAccessedAt ? DAY.format(user.lastAccessedAt) : "Never"],
  ] as const;

  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ label: "Users", href: "/admin/users" }, { label: name }]} />

      <section aria-labelledby="user-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <div className="flex flex-wrap items-start gap-4">
          <UserAvatar user={user} size="size-16" />
          <div className="min-w-0 flex-1 space-y-1">
            <h1 id="user-heading" className="break-words text-2xl font-semibold tracking-tight">
              {name}
            </h1>
            <p className="flex flex-wrap gap-2" data-testid="user-badges">
              {user.isSuperAdmin ? <Badge tone="green">Super admin</Badge> : null}
              {user.isAdmin ? <Badge tone="green">Admin</Badge> : null}
              {user.isVerified ? <Badge>Verified</Badge> : <Badge tone="amber">Not verified</Badge>}
              {user.deletedAt ? <Badge tone="amber">Deleted {DAY.format(user.deletedAt)}</Badge> : null}
            </p>
          </div>
        </div>
        <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label} className="min-w-0">
              <dt className="font-medium text-slate-500">{label}</dt>
              <dd className="break-words">{value || <span className="text-slate-400">—</span>}</dd>
            </div>
          ))}
          <div className="min-w-0 sm:col-span-2">
            <dt className="font-medium text-slate-500">About</dt>
            <dd className="whitespace-pre-line break-words">{user.details || <span className="text-slate-400">—</span>}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="rights-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="rights-heading" className="mb-3 text-base font-semibold">
          Rights and verification
        </h2>
        <PrivilegeControls
          user={{ id: user.id, isAdmin: user.isAdmin, isSuperAdmin: user.isSuperAdmin, isVerified: user.isVerified, deleted: Boolean(user.deletedAt) }}
          name={name}
          actorIsSuperAdmin={actor.isSuperAdmin}
          self={actor.id === user.id}
        />
      </section>

      <section aria-labelledby="events-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="events-heading" className="mb-3 text-base font-semibold">
          Events and roles
        </h2>
        {events.length === 0 ? (
          <p className="text-sm text-slate-600">No roles on any event.</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Events and roles">
            {events.map((event) => (
              <li key={event.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="flex min-w-0 flex-wrap items-center gap-2">
                  {event.deletedAt ? (
                    <span className="font-medium">{event.name}</span>
                  ) : (
                    <Link href={`/events/${encodeURIComponent(event.identifier)}`} className="font-medium text-brand-700 hover:underline">
                      {event.name}
                    </Link>
                  )}
                  <EventStateBadge state={event.state} />
                  {event.deletedAt ? <Badge tone="amber">Deleted</Badge> : null}
                </span>
                <span className="text-sm text-slate-600">{event.roles.map((role) => ROLE_LABELS[role] ?? role).join(", ")}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {user.deletedAt ? null : (
        <section aria-labelledby="profile-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="profile-heading" className="mb-4 text-base font-semibold">
            Profile
          </h2>
          <ProfileForm userId={user.id} defaultValues={profileFormValues(user)} label={`Profile of ${name}`} />
        </section>
      )}

      {user.deletedAt ? null : (
        <section aria-labelledby="delete-heading" className="rounded-xl border border-red-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="delete-heading" className="text-base font-semibold text-red-800">
            Delete account
          </h2>
          <p className="mt-1 mb-4 text-sm text-slate-600">
            The account can no longer sign in and every session and API token of it stops working. You can restore it later.
          </p>
          <DeleteUserButton userId={user.id} name={name} />
        </section>
      )}
    </div>
  );
}
