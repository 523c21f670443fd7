import { z } from "zod";
import { name, position } from "../content/fields";

/** A session length as "HH:MM" (Open Event's format), at least one minute. */
export const lengthSchema = z
  .string()
  .regex(/^\d{2}:[0-5]\d$/, "Must be a length as HH:MM, e.g. 00:30")
  .refine((length) => length !== "00:00", "Must be at least one minute");

const fields = { name, length: lengthSchema, position };

export const sessionTypeDefaults = { length: "00:30", position: 0 } as const;

export const createSessionTypeSchema = z.object(fields);
export type CreateSessionTypeInput = z.infer<typeof createSessionTypeSchema>;
export const updateSessionTypeSchema = z.object(fields).partial();
export type UpdateSessionTypeInput = z.infer<typeof updateSessionTypeSchema>;
