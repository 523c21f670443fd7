import { z } from "zod";
import { optionalUrlOrSitePath } from "../content/fields";
import { rowIdNumber } from "../jsonapi/input";
import { complexFieldValues, optionalText } from "../sessions/schemas";
import { createSpeakerSchema } from "../speakers/schemas";

const foreignKey = z
  .union([rowIdNumber, z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

/**
 * The rest of the speaker profile a proposal may bring (the speaker form's fields besides the
 * name, organisation and short biography above): what the event's speaker form asks for.
 */
const speakerProfileSchema = createSpeakerSchema
  .pick({
    email: true,
    photoUrl: true,
    position: true,
    country: true,
    longBiography: true,
    mobile: true,
    website: true,
    facebook: true,
    twitter: true,
    github: true,
    linkedin: true,
    complexFieldValues: true,
  })
  .partial();

/**
 * A session proposal from the public event site: the session and, in the same form, the
 * speaker profile it is proposed under. The same schema validates the form as one types and
 * the server action; the event's session and speaker forms (lib/custom-forms) add their rules:
 * what they require, and the answers to their custom fields (`complexFieldValues` for the
 * session, `speaker.complexFieldValues` for the speaker).
 */
export const proposalSchema = z.object({
  title: z.string().trim().min(1, "Title is required").max(255),
  // Required or not, asked or not, as the event's session form says (Open Event asks for it
  // without requiring it).
  shortAbstract: optionalText(10_000),
  longAbstract: optionalText(50_000),
  trackId: foreignKey,
  sessionTypeId: foreignKey,
  language: optionalText(255),
  level: optionalText(255),
  subtitle: optionalText(255).optional(),
  slidesUrl: optionalUrlOrSitePath.optional(),
  videoUrl: optionalUrlOrSitePath.optional(),
  audioUrl: optionalUrlOrSitePath.optional(),
  complexFieldValues: complexFieldValues.optional(),
  speakerName: z.string().trim().min(1, "Your name is required").max(255),
  organisation: optionalText(255),
  shortBiography: optionalText(10_000),
  speaker: speakerProfileSchema.optional(),
  /** Submit for review (pending) or keep as a draft to finish later. */
  submit: z.boolean(),
});
export type ProposalInput = z.input<typeof proposalSchema>;
export type Proposal = z.output<typeof proposalSchema>;
