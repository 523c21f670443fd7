import type { Metadata } from "next";
import { orNotFound } from "@/components/server/or-not-found";
import { InviteForm } from "@/components/team/invite-form";
import { RemoveMemberButton, RevokeInviteButton } from "@/components/team/team-row-actions";
import { TrackPicker } from "@/components/team/track-picker";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { formatEventDay } from "@/lib/format/dates";
import { getTeam } from "@/lib/role-invites/get-team";

export const metadata: Metadata = { title: "Team" };

/** Owners and organizers (and admins) manage who works on the event; for others it is a 404. */
export default async function TeamPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/team`);
  const { event, members, invites, tracks } = await orNotFound(getTeam(actor, eventId));
  const eventKey = event.identifier;

  return (
    <div className="space-y-6">
      <PageHeader title="Team" description={`Who helps organize ${event.name}, and who is invited.`} />

      <Card
        id="invite"
        title="Invite someone"
        description="They get an email with a link to accept. People without an account create one on the way."
      >
        <div className="mt-4">
          <InviteForm eventId={event.id} eventKey={eventKey} />
        </div>
      </Card>

      <section aria-labelledby="members" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <h2 id="members" className="px-5 pt-5 text-base font-semibold sm:px-6">
          Members
        </h2>
        <ul className="mt-3 divide-y divide-slate-200" data-testid="team-members">
          {members.map((member) => {
            const who = member.user.name ?? member.user.email;
            return (
              <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 sm:px-6">
                <div className="min-w-0">
                  <p className="truncate font-medium">{who}</p>
                  {member.user.name ? <p className="truncate text-sm text-slate-500">{member.user.email}</p> : null}
                </div>
                <div className="flex items-center gap-3">
                  <span className="text-sm text-slate-700">
                    {member.roleTitle}
                    {member.roleName === "track_organizer"
                      ? ` · ${member.tracks.length ? member.tracks.map((track) => track.name).join(", ") : "no tracks yet"}`
                      : null}
                  </span>
                  {/* Ownership is not handed out or taken away on this page. */}
                  {member.roleName === "owner" ? null : (
                    <RemoveMemberButton entryId={member.id} eventKey={eventKey} who={who} role={member.roleTitle} />
                  )}
                </div>
                {member.roleName === "track_organizer" ? (
                  <div className="w-full" data-testid="member-tracks">
                    <TrackPicker
                      entryId={member.id}
                      eventKey={eventKey}
                      who={who}
                      tracks={tracks}
                      selected={member.tracks.map((track) => track.id)}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="pending" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <h2 id="pending" className="px-5 pt-5 text-base font-semibold sm:px-6">
          Pending invites
        </h2>
        {invites.length === 0 ? (
          <p className="px-5 pb-5 pt-2 text-sm text-slate-600 sm:px-6">No pending invites.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200" data-testid="pending-invites">
            {invites.map((invite) => (
              <li key={invite.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 sm:px-6">
                <div className="min-w-0">
                  <p className="truncate font-medium">{invite.email}</p>
                  <p className="text-sm text-slate-500">
                    {invite.roleTitle} · invited {formatEventDay(invite.createdAt, "UTC")}
                  </p>
                </div>
                <RevokeInviteButton inviteId={invite.id} eventKey={eventKey} email={invite.email} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
