"use client";
/* eslint-disable @next/next/no-img-element -- a topic's system image is an upload or an http(s) URL of unknown size; next/image would need an allow-list. */

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { ImageUpload } from "@/components/ui/image-upload";
import type { AdminTaxonomyKind, TaxonomyRow } from "@/lib/taxonomy/admin";
import { deleteTaxonomyAction, saveTaxonomyAction } from "@/lib/taxonomy/actions";
import { z } from "zod";
import { createEventTopicSchema, createEventTypeSchema, slugSchema } from "@/lib/taxonomy/schemas";

interface Values {
  name: string;
  slug: string;
  systemImageUrl: string;
}

const FIELDS = new Set(["name", "slug", "systemImageUrl"]);

// The services' schemas, with an empty slug allowed: it is left out and derived from the name.
const blankSlug = z.union([z.literal(""), slugSchema]);
const topicFormSchema = createEventTopicSchema.extend({ slug: blankSlug });
const plainFormSchema = createEventTypeSchema.extend({ slug: blankSlug });

/**
 * Adds or edits one topic, sub-topic or type. The slug may be left empty: the service derives it
 * from the name. Topics also take their system image (shown by events without an image of
 * their own), uploaded through `POST /v1/upload/image` or given as a URL.
 */
export function TaxonomyForm({
  kind,
  id,
  parentId,
  withImage,
  defaults,
  noun,
  onSaved,
  onCancel,
}: {
  kind: AdminTaxonomyKind;
  id: number | null;
  parentId?: number;
  withImage: boolean;
  defaults?: Partial<Values>;
  noun: string;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const router = useRouter();
  const prefix = useId();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const empty: Values = { name: "", slug: "", systemImageUrl: "" };
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    reset,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(withImage ? topicFormSchema : plainFormSchema) as unknown as Resolver<Values>,
    defaultValues: { ...empty, ...defaults },
  });
  const image = useWatch({ control, name: "systemImageUrl" });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setStatus(null);
      const input = { name: values.name, ...(values.slug.trim() ? { slug: values.slug.trim() } : {}), ...(withImage ? { systemImageUrl: values.systemImageUrl } : {}) };
      const result = await saveTaxonomyAction(kind, id, input, parentId);
      if (result.ok) {
        if (id === null) reset(empty);
        setStatus({ tone: "ok", text: id === null ? `${noun} added.` : `${noun} saved.` });
        router.refresh();
        onSaved?.();
        return;
      }
      for (const [field, message] of Object.entries(result.fieldErrors)) {
        if (message && FIELDS.has(field)) setError(field as keyof Values, { type: "server", message }, { shouldFocus: true });
      }
      if (result.formError) setStatus({ tone: "error", text: result.formError });
    }),
  );
  const err = (name: keyof Values) => errors[name]?.message;
  const ids = { name: `${prefix}-name`, slug: `${prefix}-slug`, image: `${prefix}-image` };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={id === null ? `Add ${noun.toLowerCase()}` : `Edit ${defaults?.name ?? noun.toLowerCase()}`} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={ids.name} label="Name" error={err("name")} required>
          <input type="text" {...controlProps(ids.name, { error: err("name"), required: true })} {...register("name")} />
        </Field>
        <Field id={ids.slug} label="Slug" hint="Lower-case letters, digits and dashes; made from the name when left empty." error={err("slug")}>
          <input type="text" {...controlProps(ids.slug, { hint: true, error: err("slug") })} {...register("slug")} />
        </Field>
      </div>
      {withImage ? (
        <Field id={ids.image} label="System image" hint="Shown for events of this topic that have no image of their own." error={err("systemImageUrl")}>
          <input type="url" inputMode="url" placeholder="https://" {...controlProps(ids.image, { hint: true, error: err("systemImageUrl") })} {...register("systemImageUrl")} />
          <ImageUpload
            label="Upload an image…"
            value={image}
            onUploaded={(url) => setValue("systemImageUrl", url, { shouldDirty: true, shouldValidate: true })}
          />
        </Field>
      ) : null}
      <FormActions
        status={status?.text ?? ""}
        failed={status?.tone === "error"}
        cancel={
          onCancel ? (
            <Button variant="ghost" onClick={onCancel} disabled={pending}>
              Cancel
            </Button>
          ) : null
        }
        submitLabel={id === null ? `Add ${noun.toLowerCase()}` : "Save"}
        submitting={pending}
      />
    </form>
  );
}

/** The rows of one kind, each editable in place and deletable (a row still used by events is refused, and says so). */
export function TaxonomyList({
  kind,
  rows,
  withImage,
  noun,
  detailBase,
  counts,
}: {
  kind: AdminTaxonomyKind;
  rows: TaxonomyRow[];
  withImage: boolean;
  noun: string;
  /** Where each row has a page of its own (a topic's sub-topics): `${detailBase}/${id}`. */
  detailBase?: string;
  /** Live events per row, with the admin events list behind each number. */
  counts?: Record<number, { count: number; href: string }>;
}) {
  const [editing, setEditing] = useState<number | null>(null);
  if (!rows.length) return <p className="text-sm text-slate-600">None yet.</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label={`${noun}s`}>
      {rows.map((row) => (
        <li key={row.id} className="py-3">
          {editing === row.id ? (
            <TaxonomyForm
              kind={kind}
              id={row.id}
              withImage={withImage}
              noun={noun}
              defaults={{ name: row.name, slug: row.slug, systemImageUrl: row.systemImageUrl ?? "" }}
              onSaved={() => setEditing(null)}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <div className="flex flex-wrap items-center gap-3">
              {withImage ? (
                row.systemImageUrl ? (
                  <img src={row.systemImageUrl} alt="" className="aspect-[5/2] w-20 shrink-0 rounded border border-slate-200 object-cover" />
                ) : (
                  <span aria-hidden="true" className="aspect-[5/2] w-20 shrink-0 rounded border border-dashed border-slate-300" />
                )
              ) : null}
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {detailBase ? (
                    <Link href={`${detailBase}/${row.id}`} className="text-brand-700 hover:underline">
                      {row.name}
                    </Link>
                  ) : (
                    row.name
                  )}
                </p>
                <p className="break-all text-xs text-slate-500">
                  {row.slug}
                  {withImage && !row.systemImageUrl ? " · no system image" : ""}
                </p>
              </div>
              {counts?.[row.id] ? (
                <Link href={counts[row.id]!.href} className="text-sm text-brand-700 hover:underline">
                  {counts[row.id]!.count === 1 ? "1 event" : `${counts[row.id]!.count} events`}
                </Link>
              ) : null}
              <span className="flex flex-wrap items-center gap-1">
                <Button variant="ghost" onClick={() => setEditing(row.id)} aria-label={`Edit ${row.name}`}>
                  Edit
                </Button>
                <ConfirmButton
                  label="Delete"
                  confirmLabel={`Delete ${noun.toLowerCase()}`}
                  accessibleName={`Delete ${row.name}`}
                  action={() => deleteTaxonomyAction(kind, row.id)}
                />
              </span>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
