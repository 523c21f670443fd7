import { safeHtml } from "@/lib/feeds/safe-html";

/** Stored abstract/biography HTML, sanitized on the server (lib/feeds/safe-html.ts). */
export function RichText({ html, className = "" }: { html: string | null | undefined; className?: string }) {
  const safe = safeHtml(html);
  if (!safe) return null;
  return (
    <div
      className={`space-y-3 leading-relaxed text-slate-700 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_h3]:font-semibold [&_h4]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_pre]:overflow-x-auto [&_ul]:list-disc [&_ul]:pl-5 ${className}`}
      // Sanitized by an allow-list (no scripts, handlers, styles or unsafe URLs).
      dangerouslySetInnerHTML={{ __html: safe }}
    />
  );
}
