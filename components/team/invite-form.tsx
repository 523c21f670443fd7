"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { inviteToTeamAction } from "@/lib/role-invites/actions";
import { INVITABLE_ROLES, ROLE_LABELS, roleInviteFormSchema, type RoleInviteFormValues } from "@/lib/role-invites/schemas";

/** Invites an address to a role; the schema is the API's, the server checks again. */
export function InviteForm({ eventId, eventKey }: { eventId: number; eventKey: string }) {
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<RoleInviteFormValues>({
    resolver: zodResolver(roleInviteFormSchema),
    defaultValues: { email: "", roleName: "coorganizer" },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    setSentTo(undefined);
    startTransition(async () => {
      const result = await inviteToTeamAction(eventId, eventKey, values);
      if (result.ok) {
        setSentTo(values.email.trim());
        reset({ email: "", roleName: values.roleName });
        return;
      }
      for (const [field, message] of Object.entries(result.fieldErrors) as [keyof RoleInviteFormValues, string][]) {
        setError(field, { type: "server", message }, { shouldFocus: true });
      }
      if (result.formError) setFormError(result.formError);
    });
  });

  const emailError = errors.email?.message;
  const roleError = errors.roleName?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Invite to the team">
      {formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      {sentTo ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          Invite sent to {sentTo}.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_14rem_auto] sm:items-start">
        <Field id="invite-email" label="Email" required error={emailError}>
          <input
            id="invite-email"
            type="email"
            autoComplete="off"
            inputMode="email"
            aria-required="true"
            aria-invalid={emailError ? true : undefined}
            aria-describedby={describedBy("invite-email", { error: emailError })}
            className={inputClasses}
            {...register("email")}
          />
        </Field>
        <Field id="invite-role" label="Role" required error={roleError}>
          <select
            id="invite-role"
            aria-invalid={roleError ? true : undefined}
            aria-describedby={describedBy("invite-role", { error: roleError })}
            className={inputClasses}
            {...register("roleName")}
          >
            {INVITABLE_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" className="sm:mt-6" disabled={pending}>
          {pending ? "Sending…" : "Send invite"}
        </Button>
      </div>
    </form>
  );
}
