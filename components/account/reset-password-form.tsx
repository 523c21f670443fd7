"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { resetPasswordAction } from "@/lib/account/actions";
import { resetPasswordSchema, type ResetPasswordFormValues } from "@/lib/account/schemas";
import { PasswordField } from "./password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ResetPasswordFormValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: "", passwordConfirmation: "" },
  });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setFormError(undefined);
      const result = await resetPasswordAction(values);
      if (result.ok) return setDone(true);
      for (const [field, message] of Object.entries(result.fieldErrors)) {
        if (field === "password" || field === "passwordConfirmation") setError(field, { type: "server", message });
      }
      if (result.formError) setFormError(result.formError);
    }),
  );

  if (done) {
    return (
      <p role="status" className="mt-6 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
        Your password was changed.{" "}
        <Link href="/sign-in" className="font-medium underline">
          Sign in
        </Link>{" "}
        with the new one.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}{" "}
          <Link href="/forgot-password" className="font-medium underline">
            Get a new link
          </Link>
        </p>
      ) : null}
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
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
