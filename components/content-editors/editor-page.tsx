import Link from "next/link";
import { orNotFound } from "@/components/server/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { getEditorData, type EditorKindName } from "@/lib/content/editor";
import { EDITOR_CONFIGS } from "./configs";
import { ContentEditor } from "./content-editor";

/** The whole page of one editor (sponsors, social links, tickets): breadcrumb, heading, editor. */
export async function EditorPage({ kind, eventId }: { kind: EditorKindName; eventId: string }) {
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/${kind}`);
  // Only those who may change the event's content get the editor; anyone else a 404.
  const { event, items } = await orNotFound(getEditorData(actor, kind, eventId));
  const config = EDITOR_CONFIGS[kind];
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/events" className="hover:text-slate-800 hover:underline">
          My events
        </Link>{" "}
        /{" "}
        <Link href={`/events/${encodeURIComponent(event.identifier)}`} className="hover:text-slate-800 hover:underline">
          {event.name}
        </Link>{" "}
        / <span aria-current="page">{config.plural}</span>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">{config.plural}</h1>
      <ContentEditor kind={kind} eventId={event.identifier} zone={event.timezone} items={items} />
    </div>
  );
}
