import { z } from "zod";

/**
 * The one input contract of image sizes, shared by PATCH /v1/event-image-sizes,
 * PATCH /v1/speaker-image-sizes and the admin form (react-hook-form's zod resolver).
 *
 * Open Event accepts 0 (and a quality of 0), which makes the resizer produce an empty or
 * unreadable image; here a size is at least 1 pixel, and 4000 pixels at most so that a typo
 * cannot make every upload decode into a gigantic raster.
 */
export const MAX_IMAGE_DIMENSION = 4000;

// `error` covers invalid_type: an emptied number input reaches the schema as NaN.
const dimension = z
  .number({ error: "Enter a whole number" })
  .int("Enter a whole number")
  .min(1, "Must be at least 1")
  .max(MAX_IMAGE_DIMENSION, `Must be at most ${MAX_IMAGE_DIMENSION}`);
const quality = z
  .number({ error: "Enter a whole number" })
  .int("Enter a whole number")
  .min(1, "Must be at least 1")
  .max(100, "Must be at most 100");
const aspect = z.boolean({ error: "Must be true or false" });

/** Event images: full (the "large" banner), thumbnail and icon. */
export const eventImageSizesSchema = z.object({
  fullWidth: dimension,
  fullHeight: dimension,
  fullAspect: aspect,
  fullQuality: quality,
  thumbnailWidth: dimension,
  thumbnailHeight: dimension,
  thumbnailAspect: aspect,
  thumbnailQuality: quality,
  iconWidth: dimension,
  iconHeight: dimension,
  iconAspect: aspect,
  iconQuality: quality,
});
export type EventImageSizesInput = z.infer<typeof eventImageSizesSchema>;

/** Speaker photos: thumbnail, small and icon (the uploaded original is kept as the large one). */
export const speakerImageSizesSchema = z.object({
  thumbnailWidth: dimension,
  thumbnailHeight: dimension,
  thumbnailAspect: aspect,
  thumbnailQuality: quality,
  smallWidth: dimension,
  smallHeight: dimension,
  smallAspect: aspect,
  smallQuality: quality,
  iconWidth: dimension,
  iconHeight: dimension,
  iconAspect: aspect,
  iconQuality: quality,
});
export type SpeakerImageSizesInput = z.infer<typeof speakerImageSizesSchema>;

/** PATCH is partial (JSON:API): members a client leaves out keep their values. */
export const updateEventImageSizesSchema = eventImageSizesSchema.partial();
export type UpdateEventImageSizesInput = z.infer<typeof updateEventImageSizesSchema>;
export const updateSpeakerImageSizesSchema = speakerImageSizesSchema.partial();
export type UpdateSpeakerImageSizesInput = z.infer<typeof updateSpeakerImageSizesSchema>;

export const IMAGE_SIZE_TYPES = ["event", "speaker"] as const;
export type ImageSizeKind = (typeof IMAGE_SIZE_TYPES)[number];
