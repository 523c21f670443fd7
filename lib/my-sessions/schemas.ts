import { z } from "zod";
import { sessionFields } from "../sessions/schemas";
import { updateSpeakerSchema } from "../speakers/schemas";

/**
 * What a speaker changes from "My sessions" (browser and server alike): their proposal's content
 * and their speaker profile. The event's session and speaker forms add their rules on top
 * (`buildFormSchema` in the browser, the services on the server); who may change what, and when,
 * is the services' business.
 */

/** A proposal's content as the speaker edits it: the proposal form's session fields, every one optional. */
export const myProposalSchema = z
  .object(sessionFields)
  .pick({
    title: true,
    subtitle: true,
    shortAbstract: true,
    longAbstract: true,
    language: true,
    level: true,
    trackId: true,
    sessionTypeId: true,
    slidesUrl: true,
    videoUrl: true,
    audioUrl: true,
    complexFieldValues: true,
  })
  .partial();
export type MyProposalInput = z.input<typeof myProposalSchema>;

/** The speaker's own profile: everything but what only organizers decide (featuring, the account). */
export const mySpeakerProfileSchema = updateSpeakerSchema.omit({ isFeatured: true, userId: true });
export type MySpeakerProfileInput = z.input<typeof mySpeakerProfileSchema>;
