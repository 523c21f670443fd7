import { z } from "zod";
import { name, optionalText, position } from "../content/fields";

/** A colour as `#rgb` or `#rrggbb`, stored as lower-case `#rrggbb` (the font colour is derived from it). */
export const colorSchema = z
  .string()
  .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, "Must be a colour like #1e90ff")
  .transform((color) =>
    (color.length === 4 ? `#${[...color.slice(1)].map((digit) => digit + digit).join("")}` : color).toLowerCase(),
  );

const fields = {
  name,
  description: optionalText(5_000),
  color: colorSchema,
  position,
};

export const trackDefaults = { color: "#3b82f6", position: 0 } as const;

export const createTrackSchema = z.object(fields);
export type CreateTrackInput = z.infer<typeof createTrackSchema>;
export const updateTrackSchema = z.object(fields).partial();
export type UpdateTrackInput = z.infer<typeof updateTrackSchema>;
