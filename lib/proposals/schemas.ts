import { z } from "zod";
import { rowIdNumber } from "../jsonapi/input";
import { optionalText } from "../sessions/schemas";

const foreignKey = z
  .union([rowIdNumber, z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

/**
 * A session proposal from the public event site: the session and, in the same form, the
 * speaker profile it is proposed under. The same schema validates the form as one types and
 * the server action.
 */
export const proposalSchema = z.object({
  title: z.string().trim().min(1, "Title is required").max(255),
  shortAbstract: z.string().trim().min(1, "A short abstract is required").max(10_000),
  longAbstract: optionalText(50_000),
  trackId: foreignKey,
  sessionTypeId: foreignKey,
  language: optionalText(255),
  level: optionalText(255),
  speakerName: z.string().trim().min(1, "Your name is required").max(255),
  organisation: optionalText(255),
  shortBiography: optionalText(10_000),
  /** Submit for review (pending) or keep as a draft to finish later. */
  submit: z.boolean(),
});
export type ProposalInput = z.input<typeof proposalSchema>;
export type Proposal = z.output<typeof proposalSchema>;
