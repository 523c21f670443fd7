import { z } from "zod";
import { rowIdString } from "../jsonapi/input";

/**
 * The scheduling dialog's input, as the form holds it (strings from the inputs): a room, a
 * start as wall time in the EVENT's zone (datetime-local), and a length in minutes. The form
 * and the server action parse with this same schema; the server turns the wall time into an
 * instant with the event's zone (the browser's zone never takes part).
 */
export const scheduleSessionSchema = z.object({
  microlocationId: rowIdString("Choose a room"),
  start: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Must be a date and time"),
  minutes: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, "Must be a whole number of minutes")
    .transform(Number)
    .pipe(z.number().min(5, "At least 5 minutes").max(24 * 60, "At most 24 hours")),
});
export type ScheduleSessionInput = z.input<typeof scheduleSessionSchema>;
export type ScheduleSessionData = z.output<typeof scheduleSessionSchema>;
