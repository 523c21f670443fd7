"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { changePasswordAction } from "@/lib/account/actions";
import { changePasswordSchema, type ChangePasswordFormValues } from "@/lib/account/schemas";
import { PasswordField } from "./password-fields";

const FIELDS = ["currentPassword", "password", "passwordConfirmation"] as const;

export function ChangePasswordForm() {
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ChangePasswordFormValues>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", password: "", passwordConfirmation: "" },
  });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setDone(false);
      const result = await changePasswordAction(values);
      if (result.ok) {
        reset();
        return setDone(true);
      }
      for (const field of FIELDS) {
        const message = result.fieldErrors[field];
        if (message) setError(field, { type: "server", message }, { shouldFocus: true });
      }
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      {done ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          Your password was changed. We sent you an email about it.
        </p>
      ) : null}
      <PasswordField
        id="currentPassword"
        label="Current password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        registration={register("currentPassword")}
      />
      <PasswordField
        id="password"
        label="New password"
        hint="At least 8 characters."
        autoComplete="new-password"
        error={errors.password?.message}
        registration={register("password")}
      />
      <PasswordField
        id="passwordConfirmation"
        label="Repeat the new password"
        autoComplete="new-password"
        error={errors.passwordConfirmation?.message}
        registration={register("passwordConfirmation")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
