"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { forgotPasswordAction } from "@/lib/account/actions";
import { forgotPasswordSchema } from "@/lib/account/schemas";

type Values = { email: string };

/** The answer never says whether an account exists (see requestPasswordReset). */
export const FORGOT_PASSWORD_SENT = "If an account exists for this address, we sent a link to reset the password. It works for one hour.";

export function ForgotPasswordForm() {
  const [pending, startTransition] = useTransition();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const result = await forgotPasswordAction(values);
      if (result.ok) setSent(true);
      else if (result.fieldErrors.email) setError("email", { type: "server", message: result.fieldErrors.email });
    }),
  );

  if (sent) {
    return (
      <p role="status" className="mt-6 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
        {FORGOT_PASSWORD_SENT}
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <TextField
        id="email"
        type="email"
        label="Email"
        required
        autoComplete="email"
        inputMode="email"
        error={errors.email?.message}
        registration={register("email")}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
