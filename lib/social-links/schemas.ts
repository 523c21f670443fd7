import { z } from "zod";
import { httpUrl, name, optionalText } from "../content/fields";

const fields = {
  name,
  link: httpUrl,
  /** The network it points to (`twitter`, `github`, `website`…), for icons. */
  identifier: optionalText(255),
};

export const createSocialLinkSchema = z.object(fields);
export type CreateSocialLinkInput = z.infer<typeof createSocialLinkSchema>;
export const updateSocialLinkSchema = z.object(fields).partial();
export type UpdateSocialLinkInput = z.infer<typeof updateSocialLinkSchema>;
