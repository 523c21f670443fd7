import type { ImageSizes } from "../generated/prisma/client";
import { defineResource, type AttributeDef } from "../jsonapi/resource";

const writable = (): AttributeDef<ImageSizes> => ({ writable: true });
const size = (prefix: "full" | "thumbnail" | "icon" | "small") => ({
  [`${prefix}Width`]: writable(),
  [`${prefix}Height`]: writable(),
  [`${prefix}Aspect`]: writable(),
  [`${prefix}Quality`]: writable(),
});

/**
 * `event-image-size` (Open Event's type): the singleton row of type `event`, served at
 * /v1/event-image-sizes and /v1/event-image-sizes/{id}.
 */
export const eventImageSizeResource = defineResource<ImageSizes>({
  type: "event-image-size",
  path: "event-image-sizes",
  model: "ImageSizes",
  attributes: { ...size("full"), ...size("thumbnail"), ...size("icon") },
});

/**
 * `speaker-image-size`: the singleton row of type `speaker`. Open Event serves square speaker
 * sizes (`small-size-width-height`); this schema stores width and height apart, so the members
 * are `small-width`, `small-height`, … like the event's.
 */
export const speakerImageSizeResource = defineResource<ImageSizes>({
  type: "speaker-image-size",
  path: "speaker-image-sizes",
  model: "ImageSizes",
  attributes: { ...size("thumbnail"), ...size("small"), ...size("icon") },
});
