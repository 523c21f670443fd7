import type { MailListItem } from "@/lib/mail/find-mails";

type MailStatus = MailListItem["status"];

const STYLES: Record<MailStatus, string> = {
  sent: "bg-green-100 text-green-800",
  recorded: "bg-slate-100 text-slate-700",
  queued: "bg-amber-100 text-amber-800",
  failed: "bg-red-100 text-red-800",
};

/** `recorded` = kept in the outbox because no mail provider is configured. */
export function MailStatusBadge({ status }: { status: MailStatus }) {
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${STYLES[status]}`} title={status === "recorded" ? "Recorded in the outbox (no mail provider configured)" : undefined}>
      {status}
    </span>
  );
}
