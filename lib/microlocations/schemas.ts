import { z } from "zod";
import { name, optionalText, position } from "../content/fields";

/** Input contracts for rooms (Open Event's microlocations). */
const fields = {
  name,
  floor: z.number().int().min(-100).max(1_000).nullish(),
  room: optionalText(255),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  position,
  /** Kept out of the schedule grid (e.g. a registration desk that still has sessions). */
  hiddenInScheduler: z.boolean(),
};

export const microlocationDefaults = { position: 0, hiddenInScheduler: false } as const;

export const createMicrolocationSchema = z.object(fields);
export type CreateMicrolocationInput = z.infer<typeof createMicrolocationSchema>;
export const updateMicrolocationSchema = z.object(fields).partial();
export type UpdateMicrolocationInput = z.infer<typeof updateMicrolocationSchema>;
