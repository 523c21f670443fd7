import { CopyButton } from "@/components/calendar/copy-button";

/** The HTML another site pastes to show the schedule (`/e/{identifier}/schedule/embed`, the one frameable page). */
export function embedSnippet(origin: string, identifier: string): string {
  const src = `${origin}/e/${encodeURIComponent(identifier)}/schedule/embed`;
  return `<iframe src="${src}" title="Schedule" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

/** The export tab's "embed the schedule" card: the snippet to copy, once the public can see the schedule. */
export function EmbedPanel({ origin, identifier, published }: { origin: string; identifier: string; published: boolean }) {
  const snippet = embedSnippet(origin, identifier);
  return (
    <section aria-labelledby="embed-schedule" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="embed-schedule" className="text-base font-semibold">
        Embed the schedule on your website
      </h2>
      <p className="text-sm text-slate-600">
        Paste this into a page of your site. Visitors see the published schedule, one day at a time; add{" "}
        <code className="rounded bg-slate-100 px-1">?track=</code>, <code className="rounded bg-slate-100 px-1">?room=</code> or{" "}
        <code className="rounded bg-slate-100 px-1">?q=</code> to the address to show part of it.
      </p>
      {published ? null : <p className="text-sm text-amber-800">It shows once the event is published and public and its schedule is published.</p>}
      {/* Wrapped rather than scrolled: the snippet is read and copied, a scrolling box would be one more tab stop. */}
      <pre className="whitespace-pre-wrap break-all rounded-md bg-slate-900 p-3 text-xs text-slate-100" data-testid="embed-snippet">
        {snippet}
      </pre>
      <CopyButton value={snippet} label="Copy embed snippet" />
    </section>
  );
}
