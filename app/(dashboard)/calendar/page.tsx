import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { FeedUrlPanel } from "@/components/calendar/feed-url-panel";
import { StarButton } from "@/components/public/star-button";
import { formatSlot } from "@/components/schedule/format";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getCalendarToken } from "@/lib/feeds/calendar-token";
import { siteOrigin } from "@/lib/feeds/site-origin";
import { feedLinks, personalFeedPath } from "@/lib/feeds/urls";
import { listStarredSessions } from "@/lib/stars/find-starred-sessions";

export const metadata: Metadata = { title: "My calendar" };
// The feed address is a secret of this user: never cache the page.
export const dynamic = "force-dynamic";

export default async function MyCalendarPage() {
  const actor = await requireSessionActor("/calendar");
  const [token, starred] = await Promise.all([getCalendarToken(actor), listStarredSessions(actor)]);
  const links = token ? feedLinks(siteOrigin(await headers()), personalFeedPath(token)) : null;

  return (
    <div className="space-y-8">
      <PageHeader
        title="My calendar"
        description={<>Star sessions on any event&rsquo;s schedule and follow them in your calendar app through your personal feed.</>}
      />

      <section aria-labelledby="feed" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="feed" className="text-lg font-semibold">
          Personal calendar feed
        </h2>
        <FeedUrlPanel links={links} />
      </section>

      <section aria-labelledby="starred" className="space-y-3">
        <h2 id="starred" className="text-lg font-semibold">
          Starred sessions <span className="text-sm font-normal text-slate-500">({starred.length})</span>
        </h2>
        {starred.length ? (
          <ul className="space-y-2" aria-labelledby="starred">
            {starred.map((session) => (
              <li key={session.id} className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
                <div className="min-w-0 flex-1 space-y-1">
                  <p className="font-semibold">
                    <Link href={`/e/${encodeURIComponent(session.event.identifier)}/sessions/${session.id}`} className="hover:underline">
                      {session.title}
                    </Link>
                  </p>
                  <p className="text-sm text-slate-600">
                    <Link href={`/e/${encodeURIComponent(session.event.identifier)}/schedule`} className="hover:underline">
                      {session.event.name}
                    </Link>
                    {" · "}
                    {session.startsAt && session.endsAt ? (
                      <>
                        {formatSlot(session.startsAt, session.endsAt, session.event.timezone)}{" "}
                        <span className="text-slate-500">({session.event.timezone})</span>
                      </>
                    ) : (
                      "Time to be announced"
                    )}
                    {session.room ? ` · ${session.room}` : null}
                  </p>
                </div>
                <StarButton sessionId={session.id} title={session.title} starred />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">No starred sessions yet. Open an event&rsquo;s schedule and star the sessions you want to attend.</p>
        )}
      </section>
    </div>
  );
}
