"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert, formFields, showActionErrors } from "@/components/ui/form-errors";
import { inviteToTeamAction } from "@/lib/role-invites/actions";
import { INVITABLE_ROLES, ROLE_LABELS, roleInviteFormSchema, type RoleInviteFormValues } from "@/lib/role-invites/schemas";

const FIELDS = formFields(["email", "roleName"]);

/** Invites an address to a role; the schema is the API's, the server checks again. */
export function InviteForm({ eventId, eventKey }: { eventId: number; eventKey: string }) {
  const [pending, startTransition] = useTransition();
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
    setSentTo(undefined);
    startTransition(async () => {
      const result = await inviteToTeamAction(eventId, eventKey, values);
      if (result.ok) {
        setSentTo(values.email.trim());
        reset({ email: "", roleName: values.roleName });
        return;
      }
      showActionErrors(result, setError, FIELDS);
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Invite to the team">
      <FormAlert message={errors.root?.server?.message} compact />
      {sentTo ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          Invite sent to {sentTo}.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_14rem_auto] sm:items-start">
        <TextField
          id="invite-email"
          type="email"
          label="Email"
          required
          autoComplete="off"
          inputMode="email"
          error={errors.email?.message}
          registration={register("email")}
        />
        <SelectField
          id="invite-role"
          label="Role"
          required
          choices={INVITABLE_ROLES.map((role) => ({ id: role, name: ROLE_LABELS[role] }))}
          error={errors.roleName?.message}
          registration={register("roleName")}
        />
        <Button type="submit" className="sm:mt-6" disabled={pending}>
          {pending ? "Sending…" : "Send invite"}
        </Button>
      </div>
    </form>
  );
}
