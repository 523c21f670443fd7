import { enqueue } from "../jobs/enqueue";
import type { ImageOwnerKind } from "./derive-images";
import { deriveImagesJob } from "./job";
import { isLocalImageUrl } from "./local-url";

/**
 * Asks for the configured sizes of images that were just saved. Only images stored on this
 * site are resized; a remote URL keeps no derived sizes (the server does not fetch it).
 */
export async function requestDerivedImages(
  kind: ImageOwnerKind,
  items: { id: number; url: string | null | undefined }[],
  options: { userId?: number | null; eventId?: number | null } = {},
): Promise<void> {
  const ids = items.filter((item) => isLocalImageUrl(item.url)).map((item) => item.id);
  if (ids.length === 0) return;
  for (let start = 0; start < ids.length; start += 500) {
    await enqueue(deriveImagesJob, { kind, ids: ids.slice(start, start + 500) }, options);
  }
}
