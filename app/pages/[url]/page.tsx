import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { safeHtml } from "@/lib/feeds/safe-html";
import { getPageByUrl } from "@/lib/pages/services";

type Props = { params: Promise<{ url: string }> };

async function load(params: Props["params"]) {
  const { url } = await params;
  return (await getPageByUrl(url.toLowerCase())) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  return { title: page.title ?? page.name, alternates: { canonical: `/pages/${page.url}` } };
}

/** A static page (about, terms, privacy…) as admins wrote it; its HTML was sanitized when saved and is again here. */
export default async function StaticPage({ params }: Props) {
  const page = await load(params);
  return (
    <article className="prose-sm mx-auto max-w-3xl space-y-4" lang={page.language ?? undefined}>
      <h1 className="text-2xl font-semibold tracking-tight">{page.title ?? page.name}</h1>
      <div className="rich-text space-y-3 break-words text-slate-800" dangerouslySetInnerHTML={{ __html: safeHtml(page.description) }} />
    </article>
  );
}
