"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { resendConfirmationAction } from "@/lib/account/actions";

export function ResendConfirmationButton() {
  const [pending, startTransition] = useTransition();
  const [sent, setSent] = useState(false);
  if (sent) return <p role="status" className="text-sm text-green-800">We sent you a new confirmation link.</p>;
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await resendConfirmationAction();
          setSent(true);
        })
      }
    >
      Send the confirmation email again
    </Button>
  );
}
