"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { deleteOwnAccountAction } from "@/lib/users/actions";

/** "Delete my account" behind a confirm step; once deleted, the browser leaves for the home page, signed out. */
export function DeleteAccountButton() {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete my account"
      confirmLabel="Yes, delete my account"
      accessibleName="Delete my account"
      action={async () => {
        const result = await deleteOwnAccountAction();
        if (result.ok) {
          router.replace("/");
          router.refresh();
        }
        return result;
      }}
    />
  );
}
