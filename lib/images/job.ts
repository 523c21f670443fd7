import { defineJob } from "../jobs/define-job";
import { getImageVariants } from "../image-sizes/get-image-sizes";
import { deriveImages, type DeriveOutcome } from "./derive-images";
import { deriveImagesPayloadSchema } from "./schemas";

/**
 * `image/derive.requested`: the configured sizes of event images or speaker photos, made after
 * the save that set the image (resizing is too slow for a request, as in Open Event).
 */
export const deriveImagesJob = defineJob({
  name: "image/derive.requested",
  schema: deriveImagesPayloadSchema,
  maxAttempts: 3,
  async handler(payload, ctx) {
    const variants = await getImageVariants(payload.kind);
    const outcomes: DeriveOutcome[] = [];
    for (const [index, id] of payload.ids.entries()) {
      // One step per image: a retry does not resize again what is already done.
      outcomes.push(await ctx.step.run(`derive-${id}`, () => deriveImages(payload.kind, id, variants)));
      await ctx.progress(`Resizing images (${index + 1}/${payload.ids.length})`, Math.round((100 * (index + 1)) / payload.ids.length));
    }
    return { outcomes };
  },
});
