"use client";

import { IANAZone } from "luxon";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { convertingResolver } from "@/components/ui/converting-resolver";
import { describedBy, Field, inputClasses, SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert, formFields, showActionErrors } from "@/components/ui/form-errors";
import { FormSection } from "@/components/ui/form-section";
import { ImageUpload } from "@/components/ui/image-upload";
import { TimezoneSelect } from "@/components/ui/timezone-select";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import type { TaxonomyChoices } from "@/lib/events/find-taxonomy-choices";
import { createEventSchema, updateEventSchema } from "@/lib/events/schemas";
import { fromZoneWallTime } from "@/lib/format/dates";

/** What the inputs hold: start and end are wall times in the event's own time zone. */
export interface EventFormValues {
  name: string;
  timezone: string;
  startsAt: string;
  endsAt: string;
  locationName: string;
  online: boolean;
  description: string;
  originalImageUrl: string;
  logoUrl: string;
  privacy: "public" | "private";
  /** Ids as the selects hold them ("" for none). */
  eventTopicId: string;
  eventSubTopicId: string;
  eventTypeId: string;
  ownerName: string;
  hasOwnerInfo: boolean;
  ownerDescription: string;
  email: string;
  externalEventUrl: string;
  ticketUrl: string;
  paymentCurrency: string;
  codeOfConduct: string;
}

export const emptyEventFormValues: EventFormValues = {
  name: "",
  timezone: "UTC",
  startsAt: "",
  endsAt: "",
  locationName: "",
  online: false,
  description: "",
  originalImageUrl: "",
  logoUrl: "",
  privacy: "public",
  eventTopicId: "",
  eventSubTopicId: "",
  eventTypeId: "",
  ownerName: "",
  hasOwnerInfo: true,
  ownerDescription: "",
  email: "",
  externalEventUrl: "",
  ticketUrl: "",
  paymentCurrency: "USD",
  codeOfConduct: "",
};

const optionalId = (value: string) => (value ? Number(value) : null);

/**
 * The schema's input: wall times become instants in the chosen zone (not the browser's). An
 * unparsable time stays "" so the schema reports it; with an unknown zone the times are read
 * as UTC so that only the zone is reported.
 */
function toSchemaInput(values: EventFormValues) {
  const zone = IANAZone.isValidZone(values.timezone) ? values.timezone : "UTC";
  return {
    ...values,
    startsAt: fromZoneWallTime(values.startsAt, zone) ?? "",
    endsAt: fromZoneWallTime(values.endsAt, zone) ?? "",
    eventTopicId: optionalId(values.eventTopicId),
    eventSubTopicId: optionalId(values.eventSubTopicId),
    eventTypeId: optionalId(values.eventTypeId),
  };
}

const FIELDS = formFields(Object.keys(emptyEventFormValues));

export function EventForm(
  props: { taxonomy: TaxonomyChoices } & (
    | { mode: "create"; defaultValues?: EventFormValues }
    | { mode: "edit"; eventId: string; defaultValues: EventFormValues }
  ),
) {
  const router = useRouter();
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<EventFormValues>({
    defaultValues: props.defaultValues ?? emptyEventFormValues,
    resolver: convertingResolver(props.mode === "create" ? createEventSchema : updateEventSchema, toSchemaInput),
    // First feedback when a field is left, then on every keystroke.
    mode: "onTouched",
  });
  const timezone = useWatch({ control, name: "timezone" });
  const imageUrl = useWatch({ control, name: "originalImageUrl" });
  const logoUrl = useWatch({ control, name: "logoUrl" });
  const topicId = useWatch({ control, name: "eventTopicId" });
  const subTopics = props.taxonomy.topics.find((topic) => String(topic.id) === topicId)?.subTopics ?? [];
  const zoneHint = IANAZone.isValidZone(timezone) ? `In the event's time zone (${timezone}).` : "In the event's time zone.";

  const onSubmit = async (values: EventFormValues) => {
    const input = toSchemaInput(values);
    const result =
      props.mode === "create" ? await createEventAction(input) : await updateEventAction(props.eventId, input);
    if (result.ok) {
      router.push(`/events/${encodeURIComponent(result.data.identifier)}`);
      return;
    }
    showActionErrors(result, setError, FIELDS);
  };

  const err = (field: keyof EventFormValues) => errors[field]?.message;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      <FormAlert message={errors.root?.server?.message} />

      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <TextField id="event-name" label="Name" required error={err("name")} registration={register("name")} />

        <Field
          id="event-timezone"
          label="Time zone"
          required
          hint="Start and end are entered and shown in this zone."
          error={err("timezone")}
        >
          <Controller
            control={control}
            name="timezone"
            render={({ field }) => (
              <TimezoneSelect
                ref={field.ref}
                id="event-timezone"
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                invalid={Boolean(err("timezone"))}
                describedBy={describedBy("event-timezone", { hint: true, error: err("timezone") })}
              />
            )}
          />
        </Field>

        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="event-starts-at"
            type="datetime-local"
            label="Starts"
            required
            hint={zoneHint}
            error={err("startsAt")}
            // The end's "after the start" rule depends on this field too.
            registration={register("startsAt", { deps: ["endsAt"] })}
          />
          <TextField
            id="event-ends-at"
            type="datetime-local"
            label="Ends"
            required
            hint={zoneHint}
            error={err("endsAt")}
            registration={register("endsAt")}
          />
        </div>
      </section>

      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <TextField id="event-location" label="Location" error={err("locationName")} registration={register("locationName")} />
        <div className="flex items-center gap-2">
          <input
            id="event-online"
            type="checkbox"
            className="size-4 rounded border-slate-300 accent-brand-600"
            {...register("online")}
          />
          <label htmlFor="event-online" className="text-sm text-slate-800">
            This is an online event
          </label>
        </div>
        <TextField id="event-description" label="Description" rows={6} error={err("description")} registration={register("description")} />
        <Field
          id="event-image"
          label="Image URL"
          hint="Shown on the event page. Without one, the topic's image is used."
          error={err("originalImageUrl")}
        >
          <input
            id="event-image"
            type="url"
            inputMode="url"
            placeholder="https://"
            className={inputClasses}
            aria-invalid={Boolean(err("originalImageUrl")) || undefined}
            aria-describedby={describedBy("event-image", { hint: true, error: err("originalImageUrl") })}
            {...register("originalImageUrl")}
          />
          <ImageUpload
            label="Upload an image…"
            value={imageUrl}
            onUploaded={(url) => setValue("originalImageUrl", url, { shouldDirty: true, shouldValidate: true })}
          />
        </Field>
        <Field
          id="event-privacy"
          label="Visibility"
          hint="Private events are not listed publicly, even when published."
          error={err("privacy")}
        >
          <select
            id="event-privacy"
            className={inputClasses}
            aria-describedby={describedBy("event-privacy", { hint: true, error: err("privacy") })}
            {...register("privacy")}
          >
            <option value="public">Public</option>
            <option value="private">Private</option>
          </select>
        </Field>
      </section>

      <FormSection id="event-details" title="Details for the public page">
        <Field id="event-logo" label="Logo URL" hint="A square or wide logo, shown beside the event's name." error={err("logoUrl")}>
          <input
            id="event-logo"
            type="url"
            inputMode="url"
            placeholder="https://"
            className={inputClasses}
            aria-invalid={Boolean(err("logoUrl")) || undefined}
            aria-describedby={describedBy("event-logo", { hint: true, error: err("logoUrl") })}
            {...register("logoUrl")}
          />
          <ImageUpload label="Upload a logo…" value={logoUrl} onUploaded={(url) => setValue("logoUrl", url, { shouldDirty: true, shouldValidate: true })} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            id="event-topic"
            label="Topic"
            empty="None"
            choices={props.taxonomy.topics}
            error={err("eventTopicId")}
            // A sub-topic belongs to one topic: changing the topic clears it.
            registration={register("eventTopicId", { onChange: () => setValue("eventSubTopicId", "") })}
          />
          <SelectField
            id="event-sub-topic"
            label="Sub-topic"
            empty="None"
            choices={subTopics}
            error={err("eventSubTopicId")}
            registration={register("eventSubTopicId")}
          />
          <SelectField id="event-type" label="Type" empty="None" choices={props.taxonomy.types} error={err("eventTypeId")} registration={register("eventTypeId")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="event-owner-name" label="Organizer" error={err("ownerName")} registration={register("ownerName")} />
          <TextField
            id="event-email"
            type="email"
            label="Public contact e-mail"
            autoComplete="off"
            error={err("email")}
            registration={register("email")}
          />
        </div>
        <TextField id="event-owner-description" label="About the organizer" rows={3} error={err("ownerDescription")} registration={register("ownerDescription")} />
        <div className="flex items-center gap-2">
          <input id="event-has-owner-info" type="checkbox" className="size-4 rounded border-slate-300 accent-brand-600" {...register("hasOwnerInfo")} />
          <label htmlFor="event-has-owner-info" className="text-sm text-slate-800">
            Show the organizer on the event page
          </label>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="event-external-url"
            type="url"
            inputMode="url"
            placeholder="https://"
            label="Event website"
            error={err("externalEventUrl")}
            registration={register("externalEventUrl")}
          />
          <TextField
            id="event-ticket-url"
            type="url"
            inputMode="url"
            placeholder="https://"
            label="Ticket shop"
            hint="Where attendees buy tickets, if elsewhere."
            error={err("ticketUrl")}
            registration={register("ticketUrl")}
          />
        </div>
        <TextField
          id="event-currency"
          label="Ticket currency"
          hint="ISO 4217 code, e.g. USD, EUR, SGD."
          required
          autoComplete="off"
          spellCheck={false}
          error={err("paymentCurrency")}
          registration={register("paymentCurrency")}
        />
        <TextField id="event-code-of-conduct" label="Code of conduct" rows={6} error={err("codeOfConduct")} registration={register("codeOfConduct")} />
      </FormSection>

      <FormActions
        back={{ href: props.mode === "create" ? "/events" : `/events/${encodeURIComponent(props.eventId)}`, label: "Cancel" }}
        submitLabel={props.mode === "create" ? "Create event" : "Save changes"}
        submitting={isSubmitting}
      />
    </form>
  );
}
