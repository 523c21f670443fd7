import { z } from "zod";
import { optionalText, optionalUrl } from "../content/fields";

/**
 * The one input contract of the platform's settings, shared by PATCH /v1/settings and the admin
 * form. Keys are internal (camelCase); the API names them as Open Event does (`app-name`, …).
 */
export const settingsSchema = z.object({
  appName: z.string().trim().min(1, "The platform needs a name").max(100),
  tagline: optionalText(255),
  supportUrl: optionalUrl,
  frontendUrl: optionalUrl,
  googleUrl: optionalUrl,
  githubUrl: optionalUrl,
  twitterUrl: optionalUrl,
  facebookUrl: optionalUrl,
  instagramUrl: optionalUrl,
  patreonUrl: optionalUrl,
  gitterUrl: optionalUrl,
  telegramUrl: optionalUrl,
  youtubeUrl: optionalUrl,
  weblateUrl: optionalUrl,
  rocketChatUrl: optionalUrl,
  cookiePolicy: optionalText(2000),
  cookiePolicyLink: optionalUrl,
  androidAppUrl: optionalUrl,
  webAppUrl: optionalUrl,
});
export type SettingsInput = z.infer<typeof settingsSchema>;

/** PATCH is partial (JSON:API): members a client leaves out keep their values. */
export const updateSettingsSchema = settingsSchema.partial();
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;

/** Open Event's link fields of the footer, in the order the admin form shows them. */
export const SOCIAL_SETTINGS = [
  ["googleUrl", "Google"],
  ["githubUrl", "GitHub"],
  ["twitterUrl", "Twitter"],
  ["facebookUrl", "Facebook"],
  ["instagramUrl", "Instagram"],
  ["patreonUrl", "Patreon"],
  ["gitterUrl", "Gitter"],
  ["telegramUrl", "Telegram"],
  ["youtubeUrl", "YouTube"],
  ["weblateUrl", "Weblate"],
] as const satisfies readonly (readonly [keyof SettingsInput, string])[];
