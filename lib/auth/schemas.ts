import { z } from "zod";

/** `POST /v1/auth/login` and the sign-in form. */
export const loginSchema = z.object({
  email: z.string({ error: (issue) => (issue.input === undefined ? "Email is required" : "Email must be a string") }).trim().min(1, "Email is required"),
  password: z.string({ error: (issue) => (issue.input === undefined ? "Password is required" : "Password must be a string") }).min(1, "Password is required"),
});

export type LoginFormInput = z.infer<typeof loginSchema>;

/**
 * The body of `POST /v1/auth/login` and of its Open Event alias `/auth/session`: Open Event's
 * frontend sends the address as `username`, scripts as `email` (which wins when both are sent).
 * Its other members (`remember-me`, `include-in-response`) are ignored: no refresh tokens here.
 */
export const apiLoginSchema = z.preprocess((body) => {
  if (typeof body !== "object" || body === null || Array.isArray(body) || "email" in body || !("username" in body)) return body;
  return { ...body, email: body.username };
}, loginSchema);
