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
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Name</th>
                <th scope="col" className="px-4 py-2 font-medium">Address</th>
                <th scope="col" className="px-4 py-2 font-medium">Place</th>
                <th scope="col" className="px-4 py-2 font-medium">Position</th>
                <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {pages.map((page) => (
                <tr key={page.id}>
                  <td className="px-4 py-2">
                    <Link href={`/admin/pages/${page.id}`} className="font-medium text-brand-700 hover:underline">
                      {page.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2">
                    <Link href={`/pages/${page.url}`} className="text-slate-700 hover:underline">
                      /pages/{page.url}
                    </Link>
                  </td>
                  <td className="px-4 py-2">{page.place ? (PLACES[page.place] ?? page.place) : "—"}</td>
                  <td className="px-4 py-2">{page.index}</td>
                  <td className="px-4 py-2 text-right">
                    <ConfirmButton
                      label="Delete"
                      accessibleName={`Delete the page ${page.name}`}
                      confirmLabel="Delete page"
                      pendingLabel="Deleting…"
                      action={deletePageAction.bind(null, page.id)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
