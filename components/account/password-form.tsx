"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert, formFields, showActionErrors } from "@/components/ui/form-errors";
import { changePasswordAction, resetPasswordAction } from "@/lib/account/actions";
import { changePasswordSchema, resetPasswordSchema } from "@/lib/account/schemas";

/** Both forms' values; each schema keeps its own keys (the other one's is stripped). */
interface PasswordFormValues {
  currentPassword: string;
  token: string;
  password: string;
  passwordConfirmation: string;
}

const NEW_PASSWORD = ["password", "passwordConfirmation"];

/**
 * Sets a new password: on the account page with the current one, or with the token of a reset
 * link. The new password is typed twice; the server action parses with the same schema and its
 * refusals land beside the same fields. A reset token's problems (expired, used) concern the
 * whole form and come with a way to a new link.
 */
export function PasswordForm({ token }: { token?: string }) {
  const viaLink = token !== undefined;
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<PasswordFormValues>({
    resolver: zodResolver(viaLink ? resetPasswordSchema : changePasswordSchema) as unknown as Resolver<PasswordFormValues>,
    defaultValues: { currentPassword: "", token: token ?? "", password: "", passwordConfirmation: "" },
  });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setDone(false);
      const result = viaLink ? await resetPasswordAction(values) : await changePasswordAction(values);
      if (!result.ok) return showActionErrors(result, setError, formFields(viaLink ? NEW_PASSWORD : ["currentPassword", ...NEW_PASSWORD]));
      if (!viaLink) reset();
      setDone(true);
    }),
  );

  if (viaLink && done) {
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
  const field = (name: keyof PasswordFormValues, label: string, autoComplete: "current-password" | "new-password", hint?: string) => (
    <TextField
      id={name}
      type="password"
      label={label}
      hint={hint}
      required
      autoComplete={autoComplete}
      error={errors[name]?.message}
      registration={register(name)}
    />
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className={viaLink ? "mt-6 space-y-4" : "space-y-4"}
      aria-label={viaLink ? undefined : "Change password"}
    >
      {done ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          Your password was changed. We sent you an email about it.
        </p>
      ) : null}
      <FormAlert message={errors.root?.server?.message} compact>
        {viaLink ? (
          <>
            {" "}
            <Link href="/forgot-password" className="font-medium underline">
              Get a new link
            </Link>
          </>
        ) : null}
      </FormAlert>
      {viaLink ? null : field("currentPassword", "Current password", "current-password")}
      {field("password", "New password", "new-password", "At least 8 characters.")}
      {field("passwordConfirmation", "Repeat the new password", "new-password")}
      <Button type="submit" className={viaLink ? "w-full" : undefined} disabled={pending}>
        {pending ? "Saving…" : viaLink ? "Set new password" : "Change password"}
      </Button>
    </form>
  );
}
