import { EventBreadcrumb } from "@/components/dashboard/breadcrumb";
import { orNotFound } from "@/components/server/or-not-found";
import { PageHeader } from "@/components/ui/page-header";
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
      <EventBreadcrumb event={event} trail={[{ label: config.plural }]} />
      <PageHeader title={config.plural} />
      <ContentEditor kind={kind} eventId={event.identifier} zone={event.timezone} items={items} />
    </div>
  );
}
