import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings/settings";

export const metadata: Metadata = { title: "Settings · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminSettingsPage() {
  // The layout already admits admins only; the action checks again.
  await requireSessionActor("/admin/settings");
  const { id: _id, updatedAt: _updatedAt, ...settings } = await getSettings();
  const values = Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, value ?? ""]));
  return (
    <div className="space-y-4">
      <PageHeader
        title="Settings"
        description="The platform's name, tagline and links, shown in the footer and to API clients (GET /v1/settings). Mail, storage and other services are configured in the environment, not here."
      />
      <SettingsForm defaultValues={values as never} />
    </div>
  );
}
