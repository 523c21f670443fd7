import { z } from "zod";
import { optionalImageUrl, optionalUrl } from "../content/fields";
import { rowIdNumber } from "../jsonapi/input";
import { complexFieldValues, optionalText } from "../sessions/schemas";

/** Input contracts of speakers (internal camelCase keys; see lib/sessions/schemas.ts). */

const speakerFields = {
  name: z.string().trim().min(1, "Name is required").max(255),
  email: z.union([z.email("Must be an email address"), z.literal("")]).nullish().transform((v) => (v ? v : null)),
  photoUrl: optionalImageUrl,
  shortBiography: optionalText(5_000),
  longBiography: optionalText(20_000),
  speakingExperience: optionalText(5_000),
  mobile: optionalText(50),
  website: optionalUrl,
  twitter: optionalUrl,
  github: optionalUrl,
  linkedin: optionalUrl,
  facebook: optionalUrl,
  organisation: optionalText(255),
  position: optionalText(255),
  country: optionalText(100),
  city: optionalText(100),
  gender: optionalText(50),
  isFeatured: z.boolean(),
  complexFieldValues,
  userId: rowIdNumber.nullish(),
};

export const createSpeakerSchema = z.object(speakerFields).partial().required({ name: true });
export type CreateSpeakerInput = z.infer<typeof createSpeakerSchema>;

export const updateSpeakerSchema = z.object(speakerFields).partial();
export type UpdateSpeakerInput = z.infer<typeof updateSpeakerSchema>;
