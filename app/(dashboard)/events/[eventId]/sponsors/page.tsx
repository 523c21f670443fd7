import type { Metadata } from "next";
import { EditorPage } from "@/components/content-editors/editor-page";

export const metadata: Metadata = { title: "Sponsors" };

export default async function SponsorsPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return <EditorPage kind="sponsors" eventId={eventId} />;
}
