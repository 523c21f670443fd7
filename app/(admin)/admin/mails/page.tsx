import type { Metadata } from "next";
import Link from "next/link";
import { MailStatusBadge } from "@/components/admin/mail-status-badge";
import type { SearchParams } from "@/components/server/search-params";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireSessionActor } from "@/lib/auth/session";
import { findMails } from "@/lib/mail/find-mails";
import { mailLogQuery, mailLogSearch, parseMailLogParams } from "@/lib/mail/mail-log-query";

export const metadata: Metadata = { title: "Mail log · Admin" };

const TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminMailsPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = parseMailLogParams(await searchParams);
  const actor = await requireSessionActor(`/admin/mails${mailLogSearch(filters)}`);
  const { items, count, page, pageSize } = await findMails(actor, mailLogQuery(filters));
  const href = (n: number) => `/admin/mails${mailLogSearch(filters, n)}`;
  const q = filters.q;
  const period = filters.date
    ? `of ${DAY.format(new Date(`${filters.date}T12:00:00Z`))} (UTC)`
    : filters.days
      ? `of the last ${filters.days === 1 ? "24 hours" : `${filters.days} days`}`
      : null;

  return (
    <div className="space-y-4">
      <PageHeader
        title="Mail log"
        description={
          <span data-testid="mail-count">
            {period ? `Mails ${period}` : "Every mail the platform sent or recorded"}, newest first ({count} {count === 1 ? "mail" : "mails"}). Times in UTC.
            {period ? (
              <>
                {" "}
                <Link href={`/admin/mails${mailLogSearch({ q })}`} className="font-medium text-brand-700 hover:underline">
                  Show every day
                </Link>
              </>
            ) : null}
          </span>
        }
        action={
          <form role="search" action="/admin/mails" className="flex gap-2">
            <label htmlFor="mail-search" className="sr-only">
              Search by recipient, subject or action
            </label>
            {filters.date ? <input type="hidden" name="date" value={filters.date} /> : null}
            {filters.days ? <input type="hidden" name="days" value={filters.days} /> : null}
            <input
              id="mail-search"
              name="q"
              type="search"
              defaultValue={q}
              placeholder="Recipient, subject or action"
              className="w-full min-w-0 rounded-md border border-slate-300 px-3 py-2 text-sm sm:w-64"
            />
            <button type="submit" className={buttonClasses("secondary")}>
              Search
            </button>
          </form>
        }
      />

      {items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-slate-600">
          {q ? `No mail matches “${q}”.` : period ? `No mail ${period}.` : "No mail yet."}
        </p>
      ) : (
        // relative: the sr-only texts inside are absolutely positioned and would escape the scroller, widening a phone's page.
        <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Time</th>
                <th scope="col" className="px-4 py-2 font-medium">Recipient</th>
                <th scope="col" className="px-4 py-2 font-medium">Subject</th>
                <th scope="col" className="px-4 py-2 font-medium">Action</th>
                <th scope="col" className="px-4 py-2 font-medium">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {items.map((mail) => (
                <tr key={mail.id} className="hover:bg-slate-50">
                  <td className="whitespace-nowrap px-4 py-2 text-slate-600">
                    <time dateTime={mail.time.toISOString()}>{TIME.format(mail.time)}</time>
                  </td>
                  <td className="px-4 py-2">{mail.recipient}</td>
                  <td className="px-4 py-2">
                    <Link href={`/admin/mails/${mail.id}`} className="text-brand-700 hover:underline">
                      {mail.subject}
                    </Link>
                  </td>
                  <td className="px-4 py-2">
                    <code className="text-xs">{mail.action}</code>
                  </td>
                  <td className="px-4 py-2">
                    <MailStatusBadge status={mail.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Pagination page={page} pageSize={pageSize} count={count} href={href} />
    </div>
  );
}
