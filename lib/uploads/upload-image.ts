import type { Actor } from "../auth/actor";
import { processImage } from "./process-image";
import { storeUpload, uploadStore } from "./store-upload";
import { requireUploader } from "./upload-files";

/**
 * Open Event's `POST /v1/upload/image`: the image is decoded and encoded again (metadata
 * stripped) before it is stored. Event images and speaker photos get their configured sizes
 * when an event or speaker is saved with the returned URL (lib/images).
 */
export async function uploadImage(
  actor: Actor,
  bytes: Uint8Array,
  options: { forceLocal: boolean; source?: { parameter?: string; pointer?: string } },
): Promise<string> {
  requireUploader(actor);
  const image = await processImage(bytes, options.source);
  const { url } = await storeUpload(uploadStore(options.forceLocal), "images", `image.${image.ext}`, image.bytes, image.mime);
  return url;
}
