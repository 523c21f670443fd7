import { randomUUID } from "node:crypto";
import { db } from "../db";
import { localMediaFetcher, UPLOADS_PATH } from "../export-jobs/fetch-media";
import { getImageVariants, type ImageVariant } from "../image-sizes/get-image-sizes";
import { putFile } from "../storage";
import { renderVariant } from "../uploads/process-image";
import { isLocalImageUrl } from "./local-url";

export type ImageOwnerKind = "event" | "speaker";
export { isLocalImageUrl };

/** Which column each configured size is written to (Open Event's names). */
const COLUMNS = {
  event: { large: "largeImageUrl", thumbnail: "thumbnailImageUrl", icon: "iconImageUrl" },
  speaker: { thumbnail: "thumbnailImageUrl", small: "smallImageUrl", icon: "iconImageUrl" },
} as const satisfies Record<ImageOwnerKind, Partial<Record<ImageVariant["name"], string>>>;


// A type (not an interface) so that it is a JsonValue for job steps and results.
export type DeriveOutcome = {
  id: number;
  /** Variant name → stored URL; empty when nothing was derived. */
  urls: Record<string, string>;
  /** Why nothing was derived (no local image, unreadable, changed meanwhile). */
  skipped?: string;
};

async function sourceOf(kind: ImageOwnerKind, id: number): Promise<string | null> {
  if (kind === "event") {
    const event = await db.event.findUnique({ where: { id }, select: { originalImageUrl: true } });
    return event?.originalImageUrl ?? null;
  }
  const speaker = await db.speaker.findUnique({ where: { id }, select: { photoUrl: true } });
  return speaker?.photoUrl ?? null;
}

/**
 * Writes the configured sizes (admin "Image sizes") of an event image or speaker photo and
 * records their URLs. The row is only updated while it still has the image the sizes were made
 * from, so a change saved meanwhile is never overwritten with sizes of the old image.
 */
export async function deriveImages(kind: ImageOwnerKind, id: number, variants?: ImageVariant[]): Promise<DeriveOutcome> {
  const source = await sourceOf(kind, id);
  if (!isLocalImageUrl(source)) return { id, urls: {}, skipped: "no image stored on this site" };
  const media = localMediaFetcher();
  const bytes = await media.fetchMedia(source);
  if (!bytes) return { id, urls: {}, skipped: `${source} could not be read` };
  const sizes = variants ?? (await getImageVariants(kind));
  const folder = `derived/${kind}s/${id}/${randomUUID()}`;
  const urls: Record<string, string> = {};
  const data: Record<string, string> = {};
  for (const variant of sizes) {
    const column = (COLUMNS[kind] as Partial<Record<ImageVariant["name"], string>>)[variant.name];
    if (!column) continue;
    const key = `${folder}/${variant.name}.jpg`;
    const stored = await putFile(key, await renderVariant(bytes, variant), "image/jpeg");
    urls[variant.name] = stored.url ?? `${UPLOADS_PATH}${key}`;
    data[column] = urls[variant.name]!;
  }
  const updated =
    kind === "event"
      ? await db.event.updateMany({ where: { id, originalImageUrl: source }, data })
      : await db.speaker.updateMany({ where: { id, photoUrl: source }, data });
  if (updated.count === 0) return { id, urls: {}, skipped: "the image changed meanwhile" };
  return { id, urls };
}
