import type { Metadata } from "next";
import { MessageSettingsForm, type MessageSettingRow } from "@/components/admin/message-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { findMessageSettings } from "@/lib/message-settings/find-message-settings";
import { ACTIONS, isNotificationAction } from "@/lib/notifications/actions";

export const metadata: Metadata = { title: "Messages · Admin" };

export default async function AdminMessagesPage() {
  const actor = await requireSessionActor("/admin/messages");
  const { items } = await findMessageSettings(actor);
  const rows: MessageSettingRow[] = items.flatMap((setting) => {
    if (!isNotificationAction(setting.action)) return [];
    const definition = ACTIONS[setting.action];
    return [
      {
        id: String(setting.id),
        action: setting.action,
        label: definition.label,
        description: definition.description,
        hasNotification: definition.notification !== null,
        mailEnabled: setting.mailEnabled,
        notificationEnabled: setting.notificationEnabled,
      },
    ];
  });
  return (
    <div className="space-y-4">
      <PageHeader
        title="Messages"
        description="Choose, per action, whether an e-mail and an in-app notification go out. Changes apply to messages sent from now on."
      />
      <MessageSettingsForm rows={rows} />
    </div>
  );
}
