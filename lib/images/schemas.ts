import { z } from "zod";

/** The payload of the derive job (lib/images/job.ts): configured sizes of event images or speaker photos. */
export const deriveImagesPayloadSchema = z.object({
  kind: z.enum(["event", "speaker"]),
  ids: z.array(z.number().int().positive()).min(1).max(500),
});
export type DeriveImagesPayload = z.infer<typeof deriveImagesPayloadSchema>;
