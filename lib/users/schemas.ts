import { z } from "zod";
import { optionalImageUrl, optionalUrl } from "../content/fields";

/**
 * Input contract for creating an account, shared by the sign-up form (react-hook-form's zod
 * resolver) and `POST /v1/users`. Keys are internal camelCase names; the API maps them to
 * dasherized attributes and error pointers.
 */
const requiredString = (label: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be a string`) });

const optionalName = (label: string) =>
  z
    .string({ error: `${label} must be a string` })
    .trim()
    .max(100, `${label} must be at most 100 characters`)
    .nullish()
    .transform((value) => (value ? value : null));

// bcrypt only looks at the first 72 bytes; a longer password would silently lose its tail.
const MAX_PASSWORD_BYTES = 72;

export const registerUserSchema = z.object({
  email: requiredString("Email")
    .trim()
    .min(1, "Email is required")
    .pipe(z.email("Enter a valid email address").max(254, "Email must be at most 254 characters"))
    .transform((email) => email.toLowerCase()),
  password: requiredString("Password")
    .min(8, "Password must be at least 8 characters")
    .refine((password) => new TextEncoder().encode(password).length <= MAX_PASSWORD_BYTES, {
      message: `Password must be at most ${MAX_PASSWORD_BYTES} bytes`,
    }),
  firstName: optionalName("First name"),
  lastName: optionalName("Last name"),
});

export type RegisterUserFormValues = z.input<typeof registerUserSchema>;
export type RegisterUserInput = z.output<typeof registerUserSchema>;

const optionalLongText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be a string` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

/**
 * The profile a user edits (the account page, `PATCH /v1/users/{id}`): Open Event's names,
 * contact and social fields. URLs are http(s) only (the avatar may also be an upload of this
 * site), as everywhere (lib/content/fields.ts).
 */
export const userProfileSchema = z.object({
  firstName: optionalName("First name"),
  lastName: optionalName("Last name"),
  publicName: optionalName("Public name"),
  details: optionalLongText("Details", 5000),
  avatarUrl: optionalImageUrl,
  contact: optionalLongText("Contact", 255),
  facebookUrl: optionalUrl,
  twitterUrl: optionalUrl,
  instagramUrl: optionalUrl,
  googlePlusUrl: optionalUrl,
});

/** The privileges an admin changes on an account (`is-super-admin` only by a super admin). */
export const userPrivilegesSchema = z.object({
  isAdmin: z.boolean({ error: "Must be true or false" }),
  isSuperAdmin: z.boolean({ error: "Must be true or false" }),
  isVerified: z.boolean({ error: "Must be true or false" }),
});

/**
 * An update: any of the profile fields and privileges; what is left out stays as it is.
 * `deletedAt` is Open Event's way to delete an account (a time) or restore it (null) by PATCH.
 */
export const updateUserSchema = userProfileSchema
  .extend(userPrivilegesSchema.shape)
  .extend({ deletedAt: z.union([z.null(), z.coerce.date({ message: "Must be a date and time, or null" })]) })
  .partial();

export type UserProfileFormValues = z.input<typeof userProfileSchema>;
export type UserProfileInput = z.output<typeof userProfileSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
