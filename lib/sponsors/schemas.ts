import { z } from "zod";
import { name, optionalImageUrl, optionalText, optionalUrl, position } from "../content/fields";

const fields = {
  name,
  description: optionalText(5_000),
  url: optionalUrl,
  /** Sponsorship tier; lower levels are listed first on the public page. */
  level: z.number().int().min(0).max(1_000),
  logoUrl: optionalImageUrl,
  type: optionalText(255),
  position,
};

export const sponsorDefaults = { level: 0, position: 0 } as const;

export const createSponsorSchema = z.object(fields);
export type CreateSponsorInput = z.infer<typeof createSponsorSchema>;
export const updateSponsorSchema = z.object(fields).partial();
export type UpdateSponsorInput = z.infer<typeof updateSponsorSchema>;
