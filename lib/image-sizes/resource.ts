import type { ImageSizes } from "../generated/prisma/client";
import { defineResource, updateWith, writable } from "../jsonapi/resource";
import { getImageSizesById } from "./get-image-sizes";
import { updateEventImageSizesSchema, updateSpeakerImageSizesSchema } from "./schemas";
import { updateImageSizes } from "./update-image-sizes";

const size = (prefix: "full" | "thumbnail" | "icon" | "small") => ({
  [`${prefix}Width`]: writable<ImageSizes>(),
  [`${prefix}Height`]: writable<ImageSizes>(),
  [`${prefix}Aspect`]: writable<ImageSizes>(),
  [`${prefix}Quality`]: writable<ImageSizes>(),
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
  get: (_actor, id) => getImageSizesById("event", id),
  update: updateWith(updateEventImageSizesSchema, (actor, id, input, { expectedId }) =>
    updateImageSizes(actor, "event", input, { urlId: id, expectedId }),
  ),
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
  get: (_actor, id) => getImageSizesById("speaker", id),
  update: updateWith(updateSpeakerImageSizesSchema, (actor, id, input, { expectedId }) =>
    updateImageSizes(actor, "speaker", input, { urlId: id, expectedId }),
  ),
});
