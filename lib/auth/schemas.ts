import { z } from "zod";

/** `POST /v1/auth/login` and the sign-in form. */
export const loginSchema = z.object({
  email: z.string({ error: (issue) => (issue.input === undefined ? "Email is required" : "Email must be a string") }).trim().min(1, "Email is required"),
  password: z.string({ error: (issue) => (issue.input === undefined ? "Password is required" : "Password must be a string") }).min(1, "Password is required"),
});

export type LoginFormInput = z.infer<typeof loginSchema>;
