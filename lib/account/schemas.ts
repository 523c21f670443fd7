import { z } from "zod";
import { registerUserSchema } from "../users/schemas";

/** Input contracts of the account pages (forms and server actions share them). */

// The same rules as at sign-up (length, bcrypt's 72-byte limit), declared once there.
const newPassword = registerUserSchema.shape.password;

const required = (label: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be a string`) }).min(1, `${label} is required`);

const confirmed = <T extends { password: string; passwordConfirmation: string }>(input: T) => input.password === input.passwordConfirmation;
const MISMATCH = { message: "The passwords do not match", path: ["passwordConfirmation"] };

export const forgotPasswordSchema = z.object({
  email: required("Email").trim().pipe(z.email("Enter a valid email address").max(254)),
});
export type ForgotPasswordInput = z.output<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z
  .object({ token: required("Token"), password: newPassword, passwordConfirmation: required("Repeat the password") })
  .refine(confirmed, MISMATCH);
export type ResetPasswordFormValues = z.input<typeof resetPasswordSchema>;
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: required("Current password"), password: newPassword, passwordConfirmation: required("Repeat the password") })
  .refine(confirmed, MISMATCH)
  // A "change" to the same password would still retire every session and token of the account.
  .refine((input) => input.password !== input.currentPassword, { message: "The new password must differ from the current one", path: ["password"] });
export type ChangePasswordFormValues = z.input<typeof changePasswordSchema>;
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

/** `POST /v1/auth/verify-email`: the token of a mailed confirmation link. */
export const confirmEmailSchema = z.object({ token: required("Token") });

/** `POST /v1/auth/verify-password`: a password to compare with the signed-in user's. */
export const verifyPasswordSchema = z.object({ password: required("Password") });
