"use client";

import { removeMemberAction, revokeInviteAction } from "@/lib/role-invites/actions";
import { ConfirmActionButton } from "./confirm-action-button";

export function RevokeInviteButton({ inviteId, eventKey, email }: { inviteId: number; eventKey: string; email: string }) {
  return (
    <ConfirmActionButton
      label="Revoke"
      confirmLabel="Revoke invite"
      accessibleName={`Revoke the invite to ${email}`}
      action={() => revokeInviteAction(inviteId, eventKey)}
    />
  );
}

export function RemoveMemberButton({ entryId, eventKey, who, role }: { entryId: number; eventKey: string; who: string; role: string }) {
  return (
    <ConfirmActionButton
      label="Remove"
      confirmLabel="Remove from team"
      accessibleName={`Remove ${who} as ${role}`}
      action={() => removeMemberAction(entryId, eventKey)}
    />
  );
}
