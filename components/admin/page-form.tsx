"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert, formFields, showActionErrors } from "@/components/ui/form-errors";
import { FormSection } from "@/components/ui/form-section";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { savePageAction } from "@/lib/pages/actions";
import { pageSchema } from "@/lib/pages/schemas";

export type PageFormValues = z.input<typeof pageSchema>;

const FIELDS = formFields(Object.keys(pageSchema.shape));

export const emptyPageFormValues: PageFormValues = { name: "", title: "", url: "", description: "", place: "footer", language: "", index: 0 };

/** Creates (`id` absent) or edits a static page, validated as you type with the API's schema. */
export function PageForm({ id, defaultValues }: { id?: number; defaultValues: PageFormValues }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    getValues,
    formState: { errors, isDirty },
  } = useForm<PageFormValues>({ resolver: zodResolver(pageSchema), defaultValues, mode: "onChange" });
  useUnsavedChanges(isDirty);

  const onSubmit = handleSubmit((values) => {
    setStatus(undefined);
    startTransition(async () => {
      const result = await savePageAction(id, values);
      if (!result.ok) {
        showActionErrors(result, setError, FIELDS);
        return;
      }
      reset(getValues());
      if (id === undefined) router.push(`/admin/pages/${result.data.id}`);
      else setStatus("Page saved.");
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={id === undefined ? "New page" : "Edit page"}>
      <FormAlert message={errors.root?.server?.message} />
      <FormSection id="page-details" title="Page">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="page-name" label="Name" required hint="The link text in the footer." error={errors.name?.message} registration={register("name")} />
          <TextField id="page-title" label="Title" hint="The page's heading; the name when empty." error={errors.title?.message} registration={register("title")} />
          <TextField id="page-url" label="URL" required hint="The page's address: /pages/<url>." error={errors.url?.message} registration={register("url")} />
          <SelectField id="page-place" label="Place" error={errors.place?.message} registration={register("place")} empty="Nowhere (linked by URL only)">
            <option value="footer">Footer</option>
            <option value="event">Event pages</option>
          </SelectField>
          <TextField id="page-language" label="Language" hint="e.g. en" error={errors.language?.message} registration={register("language")} />
          <TextField
            id="page-index"
            label="Position"
            type="number"
            min={0}
            hint="Lower comes first."
            error={errors.index?.message}
            registration={register("index", { valueAsNumber: true })}
          />
        </div>
        <TextField
          id="page-description"
          label="Content"
          rows={12}
          hint="HTML or plain text; paragraphs, lists, links and emphasis are kept, anything else is removed."
          error={errors.description?.message}
          registration={register("description")}
        />
      </FormSection>
      <FormActions status={status} back={{ href: "/admin/pages", label: "Back to pages" }} submitLabel={id === undefined ? "Create page" : "Save page"} submitting={pending} />
    </form>
  );
}
