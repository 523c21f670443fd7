"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { FormActions } from "@/components/ui/form-actions";
import { controlProps, Field } from "@/components/ui/field";
import { ImageUpload } from "@/components/ui/image-upload";
import { saveProfileAction } from "@/lib/users/actions";
import type { ProfileFormValues } from "./profile-values";
import { userProfileSchema } from "@/lib/users/schemas";

const TEXT_FIELDS: { name: Exclude<keyof ProfileFormValues, "details" | "avatarUrl">; label: string; type?: string; hint?: string; autoComplete?: string }[] = [
  { name: "firstName", label: "First name", autoComplete: "given-name" },
  { name: "lastName", label: "Family name", autoComplete: "family-name" },
  { name: "publicName", label: "Public name", hint: "Shown instead of your names where others see you." },
  { name: "contact", label: "Contact", hint: "A phone number or another way to reach you.", autoComplete: "tel" },
  { name: "facebookUrl", label: "Facebook", type: "url" },
  { name: "twitterUrl", label: "Twitter", type: "url" },
  { name: "instagramUrl", label: "Instagram", type: "url" },
  { name: "googlePlusUrl", label: "Google+", type: "url" },
];

const FIELD_NAMES = new Set<string>([...TEXT_FIELDS.map((field) => field.name), "details", "avatarUrl"]);

/**
 * A user's profile (Open Event's names, photo, details, contact and social fields), for the
 * account page and the admin's view of an account. The shared zod schema checks it here and
 * again on the server, whose refusals land beside their fields.
 */
export function ProfileForm({ userId, defaultValues, label = "Profile" }: { userId: number; defaultValues: ProfileFormValues; label?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    reset,
    formState: { errors },
  } = useForm<ProfileFormValues>({
    resolver: zodResolver(userProfileSchema) as unknown as Resolver<ProfileFormValues>,
    defaultValues,
  });
  const avatarUrl = useWatch({ control, name: "avatarUrl" });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setStatus(null);
      const result = await saveProfileAction(userId, values);
      if (result.ok) {
        reset(values);
        setStatus({ tone: "ok", text: "Profile saved." });
        router.refresh();
        return;
      }
      for (const [field, message] of Object.entries(result.fieldErrors)) {
        if (message && FIELD_NAMES.has(field)) setError(field as keyof ProfileFormValues, { type: "server", message }, { shouldFocus: true });
      }
      if (result.formError) setStatus({ tone: "error", text: result.formError });
    }),
  );

  const err = (name: keyof ProfileFormValues) => errors[name]?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="space-y-4">
      <Field id="profile-avatar" label="Photo URL" hint="An image of you, uploaded here or an http(s) address." error={err("avatarUrl")}>
        <input type="url" inputMode="url" placeholder="https://" {...controlProps("profile-avatar", { hint: true, error: err("avatarUrl") })} {...register("avatarUrl")} />
        <ImageUpload
          label="Upload a photo…"
          value={avatarUrl}
          onUploaded={(url) => setValue("avatarUrl", url, { shouldDirty: true, shouldValidate: true })}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {TEXT_FIELDS.map((field) => {
          const id = `profile-${field.name}`;
          return (
            <Field key={field.name} id={id} label={field.label} hint={field.hint} error={err(field.name)}>
              <input
                type={field.type ?? "text"}
                inputMode={field.type === "url" ? "url" : undefined}
                placeholder={field.type === "url" ? "https://" : undefined}
                autoComplete={field.autoComplete}
                {...controlProps(id, { hint: field.hint, error: err(field.name) })}
                {...register(field.name)}
              />
            </Field>
          );
        })}
      </div>
      <Field id="profile-details" label="About" hint="A few words about you." error={err("details")}>
        <textarea rows={4} {...controlProps("profile-details", { hint: true, error: err("details") })} {...register("details")} />
      </Field>
      <FormActions status={status?.text ?? ""} failed={status?.tone === "error"} submitLabel="Save profile" submitting={pending} />
    </form>
  );
}
