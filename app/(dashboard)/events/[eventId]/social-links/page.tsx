import type { Metadata } from "next";
import { EditorPage } from "@/components/content-editors/editor-page";

export const metadata: Metadata = { title: "Social links" };

export default async function SocialLinksPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return <EditorPage kind="social-links" eventId={eventId} />;
}
