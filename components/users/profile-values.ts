import type { UserProfileFormValues } from "@/lib/users/schemas";

/** What the profile form's inputs hold: text, "" for empty. */
export type ProfileFormValues = { [K in keyof UserProfileFormValues]-?: string };

const KEYS = ["firstName", "lastName", "publicName", "details", "avatarUrl", "contact", "facebookUrl", "twitterUrl", "instagramUrl", "googlePlusUrl"] as const satisfies readonly (keyof ProfileFormValues)[];

/** A profile as the form's values ("" for what is not set). */
export function profileFormValues(user: { [K in keyof ProfileFormValues]: string | null }): ProfileFormValues {
  return Object.fromEntries(KEYS.map((key) => [key, user[key] ?? ""])) as ProfileFormValues;
}
