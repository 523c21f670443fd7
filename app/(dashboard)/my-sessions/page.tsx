import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { MySessionCard } from "@/components/speaker/my-session-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { findMySessions, type MySession } from "@/lib/my-sessions/find-my-sessions";

export const metadata: Metadata = { title: "My sessions" };
// "Upcoming" and "past" depend on the clock: never serve a cached split.
export const dynamic = "force-dynamic";

function SessionList({ id, title, sessions, empty }: { id: string; title: string; sessions: MySession[]; empty: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title} <span className="text-sm font-normal text-slate-500">({sessions.length})</span>
      </h2>
      {sessions.length ? (
        <ul className="space-y-3" aria-labelledby={id}>
          {sessions.map((session) => (
            <MySessionCard key={session.id} session={session} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">{empty}</p>
      )}
    </section>
  );
}

export default async function MySessionsPage() {
  const actor = await requireSessionActor("/my-sessions");
  const { upcoming, past } = await findMySessions(actor);
  return (
    <div className="space-y-8">
      <PageHeader
        title="My sessions"
        description={
          <>
            Sessions you speak in or proposed, across all events. Times are in each event&rsquo;s own time zone. Your{" "}
            <Link href="/my-sessions/profile" className="underline">
              speaker profiles
            </Link>{" "}
            say who you are at each event.
          </>
        }
      />
      <SessionList id="upcoming" title="Upcoming" sessions={upcoming} empty="No upcoming sessions." />
      <SessionList id="past" title="Past" sessions={past} empty="No past sessions yet." />
    </div>
  );
}
