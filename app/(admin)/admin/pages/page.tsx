import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { deletePageAction } from "@/lib/pages/actions";
import { findAllPages } from "@/lib/pages/services";

export const metadata: Metadata = { title: "Pages · Admin" };
export const dynamic = "force-dynamic";

const PLACES: Record<string, string> = { footer: "Footer", event: "Event pages" };

export default async function AdminPagesPage() {
  await requireSessionActor("/admin/pages");
  const pages = await findAllPages();
  return (
    <div className="space-y-4">
      <PageHeader
        title="Pages"
        description="Static pages such as About, Terms and Privacy. Footer pages are linked from every page of the site."
        action={
          <Link href="/admin/pages/new" className={buttonClasses("primary")}>
            New page
          </Link>
        }
      />
      {pages.length === 0 ? (
        <p className="text-sm text-slate-600">No pages yet.</p>
      ) : (
        <ul aria-label="Pages" className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {pages.map((page) => (
            <li key={page.id} className="flex flex-wrap items-center gap-3 p-4">
              <div className="min-w-0 flex-1 space-y-0.5">
                <p>
                  <Link href={`/admin/pages/${page.id}`} className="font-medium text-brand-700 hover:underline">
                    {page.name}
                  </Link>
                </p>
                <p className="text-sm text-slate-600">
                  <Link href={`/pages/${page.url}`} className="break-all hover:underline">
                    /pages/{page.url}
                  </Link>
                </p>
                <p className="text-xs text-slate-500">
                  {page.place ? (PLACES[page.place] ?? page.place) : "Linked by URL only"} · position {page.index}
                </p>
              </div>
              <ConfirmButton
                label="Delete"
                accessibleName={`Delete the page ${page.name}`}
                confirmLabel="Delete page"
                pendingLabel="Deleting…"
                action={deletePageAction.bind(null, page.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
