import { buttonClasses } from "@/components/ui/button";
import type { FeedLinks } from "@/lib/feeds/urls";
import { CopyButton } from "./copy-button";

/**
 * "Add to calendar": a webcal:// link (the system calendar's subscribe dialog), a plain .ics
 * download, and the https address to paste into a web calendar's "subscribe from URL".
 */
export function SubscribeBox({
  id,
  title,
  description,
  links,
  subscribeLabel = "Subscribe in your calendar",
  downloadLabel = "Download .ics",
}: {
  id: string;
  title: string;
  description: string;
  links: FeedLinks;
  subscribeLabel?: string;
  downloadLabel?: string;
}) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{description}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <a href={links.webcal} className={buttonClasses("primary")}>
          {subscribeLabel}
        </a>
        <a href={links.url} download className={buttonClasses("secondary")}>
          {downloadLabel}
        </a>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-slate-700">Use the address in Google Calendar or another web calendar</summary>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <code className="min-w-0 flex-1 break-all rounded bg-slate-100 px-2 py-1 text-xs">{links.url}</code>
          <CopyButton value={links.url} label="Copy address" accessibleName={`Copy the address of ${title.toLowerCase()}`} />
        </div>
      </details>
    </section>
  );
}
