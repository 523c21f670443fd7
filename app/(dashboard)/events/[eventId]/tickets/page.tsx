import type { Metadata } from "next";
import { EditorPage } from "@/components/content-editors/editor-page";

export const metadata: Metadata = { title: "Tickets" };

export default async function TicketsPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return <EditorPage kind="tickets" eventId={eventId} />;
}
