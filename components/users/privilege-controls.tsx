"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { deleteUserAction, restoreUserAction, setPrivilegeAction } from "@/lib/users/actions";

/**
 * The admin's actions on an account, each behind a confirm step: admin rights, super-admin
 * rights (shown to super admins only), verification, delete or restore. The service decides;
 * a refusal is shown beside the button.
 */
export function PrivilegeControls({
  user,
  name,
  actorIsSuperAdmin,
  self,
}: {
  user: { id: number; isAdmin: boolean; isSuperAdmin: boolean; isVerified: boolean; deleted: boolean };
  name: string;
  actorIsSuperAdmin: boolean;
  self: boolean;
}) {
  if (user.deleted) {
    return (
      <ConfirmButton
        label="Restore account"
        confirmLabel="Yes, restore it"
        accessibleName={`Restore account of ${name}`}
        action={() => restoreUserAction(user.id)}
      />
    );
  }
  return (
    <div className="flex flex-col items-start gap-2">
      {self ? (
        <p className="text-sm text-slate-600">You cannot change your own admin rights.</p>
      ) : (
        <>
          <ConfirmButton
            label={user.isAdmin ? "Remove admin rights" : "Make admin"}
            confirmLabel={user.isAdmin ? "Yes, remove admin rights" : "Yes, make admin"}
            accessibleName={`${user.isAdmin ? "Remove admin rights of" : "Make admin:"} ${name}`}
            action={() => setPrivilegeAction(user.id, "isAdmin", !user.isAdmin)}
          />
          {actorIsSuperAdmin ? (
            <ConfirmButton
              label={user.isSuperAdmin ? "Remove super-admin rights" : "Make super admin"}
              confirmLabel={user.isSuperAdmin ? "Yes, remove super-admin rights" : "Yes, make super admin"}
              accessibleName={`${user.isSuperAdmin ? "Remove super-admin rights of" : "Make super admin:"} ${name}`}
              action={() => setPrivilegeAction(user.id, "isSuperAdmin", !user.isSuperAdmin)}
            />
          ) : null}
        </>
      )}
      <ConfirmButton
        label={user.isVerified ? "Mark as not verified" : "Mark as verified"}
        confirmLabel={user.isVerified ? "Yes, mark as not verified" : "Yes, mark as verified"}
        accessibleName={`${user.isVerified ? "Mark as not verified:" : "Mark as verified:"} ${name}`}
        action={() => setPrivilegeAction(user.id, "isVerified", !user.isVerified)}
      />
    </div>
  );
}

export function DeleteUserButton({ userId, name }: { userId: number; name: string }) {
  return (
    <ConfirmButton
      label="Delete account"
      confirmLabel="Yes, delete the account"
      accessibleName={`Delete account of ${name}`}
      action={() => deleteUserAction(userId)}
    />
  );
}
