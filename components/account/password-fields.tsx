"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, Field, inputClasses } from "@/components/ui/field";

/** A password input with its label, hint and error, as the account forms use it. */
export function PasswordField({
  id,
  label,
  error,
  hint,
  autoComplete,
  registration,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  autoComplete: "new-password" | "current-password";
  registration: UseFormRegisterReturn;
}) {
  return (
    <Field id={id} label={label} required hint={hint} error={error}>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        className={inputClasses}
        {...registration}
      />
    </Field>
  );
}
