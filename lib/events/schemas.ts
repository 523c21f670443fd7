import { IANAZone } from "luxon";
import { z } from "zod";
import { optionalImageUrl, optionalUrl } from "../content/fields";

/**
 * Input contracts for events, shared by the /v1 API, the dashboard form (react-hook-form's zod
 * resolver) and the services. Keys are the internal camelCase names; the JSON:API layer maps
 * them to dasherized attributes (`starts-at`) and error pointers.
 */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));
const dateTime = z.coerce.date({ message: "Must be a date and time" });

export const timezoneSchema = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), { message: "Unknown time zone" });

// The codes this runtime knows (ISO 4217), so a price is never shown in a made-up currency.
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => CURRENCIES.has(code), { message: "Must be a three-letter currency code such as USD or EUR" });

const eventFields = {
  name: z.string().trim().min(1, "Name is required").max(255),
  startsAt: dateTime,
  endsAt: dateTime,
  timezone: timezoneSchema,
  locationName: optionalText(500),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  online: z.boolean(),
  description: optionalText(20_000),
  originalImageUrl: optionalImageUrl,
  logoUrl: optionalImageUrl,
  ownerName: optionalText(255),
  ownerDescription: optionalText(5_000),
  hasOwnerInfo: z.boolean(),
  externalEventUrl: optionalUrl,
  ticketUrl: optionalUrl,
  codeOfConduct: optionalText(20_000),
  paymentCurrency: currencySchema,
  privacy: z.enum(["public", "private"]),
  state: z.enum(["draft", "published"]),
  email: z.union([z.email("Must be an email address"), z.literal("")]).nullish().transform((v) => (v ? v : null)),
  /** When the schedule was made public; setting it publishes the schedule (`event.publish`). */
  schedulePublishedOn: dateTime.nullish(),
  isSessionsSpeakersEnabled: z.boolean(),
  isSponsorsEnabled: z.boolean(),
  eventTypeId: z.number().int().positive().nullish(),
  eventTopicId: z.number().int().positive().nullish(),
  eventSubTopicId: z.number().int().positive().nullish(),
};

/** Defaults applied before validation (Open Event's `patch_defaults`), declared once. */
export const eventDefaults = {
  timezone: "UTC",
  online: false,
  hasOwnerInfo: false,
  privacy: "public",
  state: "draft",
  isSessionsSpeakersEnabled: true,
  isSponsorsEnabled: false,
  paymentCurrency: "USD",
} as const;

const endsAfterStarts = (value: { startsAt?: Date; endsAt?: Date }, ctx: z.RefinementCtx) => {
  if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Must be after the start" });
  }
};

export const createEventSchema = z
  .object({
    ...eventFields,
    timezone: eventFields.timezone.default(eventDefaults.timezone),
    online: eventFields.online.default(eventDefaults.online),
    hasOwnerInfo: eventFields.hasOwnerInfo.default(eventDefaults.hasOwnerInfo),
    privacy: eventFields.privacy.default(eventDefaults.privacy),
    state: eventFields.state.default(eventDefaults.state),
    isSessionsSpeakersEnabled: eventFields.isSessionsSpeakersEnabled.default(eventDefaults.isSessionsSpeakersEnabled),
    isSponsorsEnabled: eventFields.isSponsorsEnabled.default(eventDefaults.isSponsorsEnabled),
    paymentCurrency: eventFields.paymentCurrency.default(eventDefaults.paymentCurrency),
  })
  .superRefine(endsAfterStarts);
export type CreateEventInput = z.infer<typeof createEventSchema>;

export const updateEventSchema = z.object(eventFields).partial().superRefine(endsAfterStarts);
export type UpdateEventInput = z.infer<typeof updateEventSchema>;
