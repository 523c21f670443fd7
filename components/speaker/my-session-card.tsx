import Link from "next/link";
import { SessionStateBadge } from "@/components/sessions/state-badge";
import type { MySession } from "@/lib/my-sessions/find-my-sessions";
import { formatSessionTime } from "@/lib/my-sessions/format";

/** One of the speaker's sessions in a list: title, state, event, time in the event's zone, room. */
export function MySessionCard({ session }: { session: MySession }) {
  const scheduled = Boolean(session.startsAt && session.endsAt);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold">
          <Link href={`/my-sessions/${session.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
            {session.title}
          </Link>
        </h3>
        {/* `capitalize`: the shared badge prints the state's name as stored. */}
        <span className="capitalize">
          <SessionStateBadge state={session.state} />
        </span>
      </div>
      <p className="mt-1 text-sm text-slate-600">{session.event.name}</p>
      <p className={`mt-1 text-sm ${scheduled ? "text-slate-800" : "italic text-slate-500"}`}>
        {scheduled ? formatSessionTime(session, session.event.timezone) : "Not scheduled yet"}
        {scheduled && session.microlocation ? ` · ${session.microlocation.name}` : ""}
      </p>
    </li>
  );
}
