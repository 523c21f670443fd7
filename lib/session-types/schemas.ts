import { z } from "zod";
import { name, position } from "../content/fields";

/**
 * A session length as Open Event stores it, "HH:MM", at least one minute. People type "0:45"
 * as often as "00:45", so one-digit hours are accepted and padded: the API, the setup form and
 * the import all store the same text for the same length.
 */
export const sessionLengthSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const match = /^(\d{1,2}):(\d{2})$/.exec(value);
    if (!match) {
      ctx.addIssue({ code: "custom", message: "Length must be HH:MM, e.g. 00:45" });
      return;
    }
    if (Number(match[2]) >= 60) ctx.addIssue({ code: "custom", message: "Minutes must be below 60" });
    else if (Number(match[1]) === 0 && Number(match[2]) === 0) ctx.addIssue({ code: "custom", message: "Length must be longer than 00:00" });
  })
  .transform((value) => value.padStart(5, "0"));

const fields = { name, length: sessionLengthSchema, position };

export const sessionTypeDefaults = { length: "00:30", position: 0 } as const;

export const createSessionTypeSchema = z.object(fields);
export type CreateSessionTypeInput = z.infer<typeof createSessionTypeSchema>;
export const updateSessionTypeSchema = z.object(fields).partial();
export type UpdateSessionTypeInput = z.infer<typeof updateSessionTypeSchema>;
