"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { removeMemberAction, revokeInviteAction } from "@/lib/role-invites/actions";

export function RevokeInviteButton({ inviteId, eventKey, email }: { inviteId: number; eventKey: string; email: string }) {
  return (
    <ConfirmButton
      label="Revoke"
      confirmLabel="Revoke invite"
      accessibleName={`Revoke the invite to ${email}`}
      action={() => revokeInviteAction(inviteId, eventKey)}
    />
  );
}

export function RemoveMemberButton({ entryId, eventKey, who, role }: { entryId: number; eventKey: string; who: string; role: string }) {
  return (
    <ConfirmButton
      label="Remove"
      confirmLabel="Remove from team"
      accessibleName={`Remove ${who} as ${role}`}
      action={() => removeMemberAction(entryId, eventKey)}
    />
  );
}
