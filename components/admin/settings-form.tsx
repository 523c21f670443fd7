"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert, formFields, showActionErrors } from "@/components/ui/form-errors";
import { FormSection } from "@/components/ui/form-section";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { saveSettingsAction } from "@/lib/settings/actions";
import { SOCIAL_SETTINGS, settingsSchema } from "@/lib/settings/schemas";

export type SettingsFormValues = z.input<typeof settingsSchema>;
type Key = keyof SettingsFormValues;

const FIELDS = formFields(Object.keys(settingsSchema.shape));

const LINKS: readonly (readonly [Key, string, string?])[] = [
  ["supportUrl", "Support URL", "Where users ask for help."],
  ["frontendUrl", "Frontend URL", "The site's address when another frontend serves it."],
  ["cookiePolicyLink", "Cookie policy link"],
  ["androidAppUrl", "Android app URL", "Shown to signed-in users."],
  ["webAppUrl", "Web app URL", "Shown to signed-in users."],
  ["rocketChatUrl", "Chat URL"],
];

/** The platform's settings, validated as you type with the schema PATCH /v1/settings uses. */
export function SettingsForm({ defaultValues }: { defaultValues: SettingsFormValues }) {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    getValues,
    formState: { errors, isDirty },
  } = useForm<SettingsFormValues>({ resolver: zodResolver(settingsSchema), defaultValues, mode: "onChange" });
  useUnsavedChanges(isDirty);

  const onSubmit = handleSubmit((values) => {
    setStatus(undefined);
    startTransition(async () => {
      const result = await saveSettingsAction(values);
      if (result.ok) {
        reset(getValues());
        setStatus("Settings saved.");
        return;
      }
      showActionErrors(result, setError, FIELDS);
    });
  });

  const text = (key: Key, label: string, hint?: string) => (
    <TextField key={key} id={`setting-${key}`} label={label} hint={hint} type="url" error={errors[key]?.message} registration={register(key)} />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Platform settings">
      <FormAlert message={errors.root?.server?.message} />
      <FormSection id="settings-general" title="General">
        <TextField id="setting-appName" label="Name" required error={errors.appName?.message} registration={register("appName")} />
        <TextField id="setting-tagline" label="Tagline" error={errors.tagline?.message} registration={register("tagline")} />
        <TextField
          id="setting-cookiePolicy"
          label="Cookie policy"
          rows={3}
          hint="Shown to visitors with the cookie policy link."
          error={errors.cookiePolicy?.message}
          registration={register("cookiePolicy")}
        />
      </FormSection>
      <FormSection id="settings-links" title="Links">
        <div className="grid gap-4 sm:grid-cols-2">{LINKS.map(([key, label, hint]) => text(key, label, hint))}</div>
      </FormSection>
      <FormSection id="settings-social" title="Social links in the footer">
        <div className="grid gap-4 sm:grid-cols-2">{SOCIAL_SETTINGS.map(([key, label]) => text(key, label))}</div>
      </FormSection>
      <div className="flex flex-wrap items-center justify-end gap-3">
        {status ? (
          <p role="status" aria-live="polite" className="mr-auto text-sm text-green-800">
            {status}
          </p>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
