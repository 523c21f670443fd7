import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireAdminActor } from "@/components/server/admin-actor";

/**
 * The admin area: anonymous visitors are sent to sign in; signed-in users who are not admins
 * get the 404 page, so that the area does not announce itself (as the API answers 404).
 * Services check again: this layout is a courtesy, not the guard.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdminActor();
  return (
    <div className="space-y-6">
      <AdminNav />
      {children}
    </div>
  );
}
