import type { Metadata } from "next";
import { PageForm } from "@/components/admin/page-form";
import { orNotFound } from "@/components/server/or-not-found";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getPage } from "@/lib/pages/services";

export const metadata: Metadata = { title: "Page · Admin" };
export const dynamic = "force-dynamic";

export default async function EditPagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/admin/pages/${id}`);
  const page = await orNotFound(getPage(actor, id));
  return (
    <div className="space-y-4">
      <PageHeader title={page.name} description={`Shown at /pages/${page.url}.`} />
      <PageForm
        id={page.id}
        defaultValues={{
          name: page.name,
          title: page.title ?? "",
          url: page.url,
          description: page.description ?? "",
          place: (page.place as "footer" | "event" | null) ?? null,
          language: page.language ?? "",
          index: page.index,
        }}
      />
    </div>
  );
}
