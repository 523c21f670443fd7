import type { Metadata } from "next";
import { emptyPageFormValues, PageForm } from "@/components/admin/page-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New page · Admin" };

export default async function NewPagePage() {
  await requireSessionActor("/admin/pages/new");
  return (
    <div className="space-y-4">
      <PageHeader title="New page" />
      <PageForm defaultValues={emptyPageFormValues} />
    </div>
  );
}
