"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { registerUserSchema, type RegisterUserFormValues, type RegisterUserInput } from "@/lib/users/schemas";
import { signUpAction } from "../actions";

const FIELDS = ["email", "password", "firstName", "lastName"] as const;

export function SignUpForm({ signInHref = "/sign-in", email = "" }: { signInHref?: string; email?: string }) {
  const [pending, startTransition] = useTransition();
  const [sentTo, setSentTo] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = useForm<RegisterUserFormValues, unknown, RegisterUserInput>({
    resolver: zodResolver(registerUserSchema),
    mode: "onChange",
    defaultValues: { email, password: "", firstName: "", lastName: "" },
  });

  // The server validates again with the same schema; its answer lands beside the field like a
  // client-side error. A valid sign-up always ends with the same note, whether the address was
  // new or had an account (whose owner gets a mail instead), so the form tells nobody which.
  const onSubmit = handleSubmit((values) => {
    startTransition(async () => {
      const result = await signUpAction(getValues());
      for (const field of FIELDS) {
        const message = result.fieldErrors?.[field];
        if (message) setError(field, { type: "server", message }, { shouldFocus: true });
      }
      if (result.sent) setSentTo(values.email);
    });
  });

  const error = (field: (typeof FIELDS)[number]) => errors[field]?.message;

  if (sentTo) {
    return (
      <div role="status" className="mt-6 space-y-3 rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900">
        <p className="font-medium">Check your inbox</p>
        <p>We sent a mail to {sentTo} with the next step. Once you have it, sign in with this address and your password.</p>
        <p>
          <Link href={signInHref} className="font-medium underline">
            Sign in
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="firstName" label="First name" autoComplete="given-name" error={error("firstName")} registration={register("firstName")} />
        <TextField id="lastName" label="Last name" autoComplete="family-name" error={error("lastName")} registration={register("lastName")} />
      </div>
      <TextField
        id="email"
        type="email"
        label="Email"
        required
        autoComplete="email"
        inputMode="email"
        error={error("email")}
        registration={register("email")}
      />
      <TextField
        id="password"
        type="password"
        label="Password"
        required
        hint="At least 8 characters."
        autoComplete="new-password"
        error={error("password")}
        registration={register("password")}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
