import { IMAGE_SIZES } from "../../prisma/seed/settings";
import { db } from "../db";
import { AppError } from "../errors";
import type { ImageSizes } from "../generated/prisma/client";
import type { EventImageSizesInput, ImageSizeKind, SpeakerImageSizesInput } from "./schemas";

/**
 * Image sizes are public (Open Event lets anyone GET them: frontends use them to lay out
 * images), so the getters take no actor. Only changing them is for admins (update-image-sizes).
 */

/** One derived image the storage layer writes for an uploaded event image or speaker photo. */
export interface ImageVariant {
  /** Event: large, thumbnail, icon. Speaker: thumbnail, small, icon. */
  name: "large" | "thumbnail" | "small" | "icon";
  width: number;
  height: number;
  /** JPEG/WebP quality, 1–100. */
  quality: number;
  /**
   * Open Event's "aspect": when true, scale the image to `width` and let the height follow the
   * original's proportions (never distort); when false, produce exactly width × height (cover/crop).
   */
  keepAspect: boolean;
}

const defaultsOf = (type: ImageSizeKind) => {
  const row = IMAGE_SIZES.find((sizes) => sizes.type === type);
  if (!row) throw new Error(`No default image sizes for "${type}"`);
  return row;
};

/**
 * The row of a type. The seed writes both rows, but a database that was migrated and never
 * seeded (tests, a fresh production database) has none; Open Event's defaults then appear, so
 * that uploads and the admin page always have sizes. Idempotent under concurrency (`type` is
 * unique and `skipDuplicates` ignores the loser's insert).
 */
export async function getImageSizes(type: ImageSizeKind): Promise<ImageSizes> {
  const row = await db.imageSizes.findUnique({ where: { type } });
  if (row) return row;
  await db.imageSizes.createMany({ data: [defaultsOf(type)], skipDuplicates: true });
  return db.imageSizes.findUniqueOrThrow({ where: { type } });
}

/** The `/{id}` form of the singleton routes: any id but the row's is 404 (as Open Event's). */
export async function getImageSizesById(type: ImageSizeKind, id: string): Promise<ImageSizes> {
  const row = await getImageSizes(type);
  if (id !== String(row.id)) throw new AppError("NOT_FOUND", "Image sizes not found");
  return row;
}

/** The variants of a row, in the order they are shown (largest first). Pure; see getImageVariants. */
export function imageVariants(type: ImageSizeKind, row: ImageSizes): ImageVariant[] {
  const defaults = defaultsOf(type);
  // Nullable columns (speaker small, event full) fall back to the defaults rather than failing
  // an upload over a half-filled row written by an old import.
  const variant = (name: ImageVariant["name"], prefix: "full" | "thumbnail" | "small" | "icon"): ImageVariant => ({
    name,
    width: row[`${prefix}Width`] ?? defaults[`${prefix}Width`] ?? 1,
    height: row[`${prefix}Height`] ?? defaults[`${prefix}Height`] ?? 1,
    quality: row[`${prefix}Quality`] ?? defaults[`${prefix}Quality`] ?? 80,
    keepAspect: row[`${prefix}Aspect`],
  });
  return type === "event"
    ? [variant("large", "full"), variant("thumbnail", "thumbnail"), variant("icon", "icon")]
    : [variant("thumbnail", "thumbnail"), variant("small", "small"), variant("icon", "icon")];
}

/** What the storage layer resizes an event image or a speaker photo into. */
export async function getImageVariants(type: ImageSizeKind): Promise<ImageVariant[]> {
  return imageVariants(type, await getImageSizes(type));
}

export interface ImageSizesSettings {
  event: { id: string; values: EventImageSizesInput };
  speaker: { id: string; values: SpeakerImageSizesInput };
}

/** Both rows as the admin form edits them (nullable columns filled from the defaults). */
export async function getImageSizesSettings(): Promise<ImageSizesSettings> {
  const [event, speaker] = await Promise.all([getImageSizes("event"), getImageSizes("speaker")]);
  const size = (type: ImageSizeKind, row: ImageSizes, name: ImageVariant["name"]) => {
    const variant = imageVariants(type, row).find((candidate) => candidate.name === name);
    if (!variant) throw new Error(`No ${name} variant for ${type}`);
    return variant;
  };
  const fields = <P extends string>(prefix: P, variant: ImageVariant) =>
    ({
      [`${prefix}Width`]: variant.width,
      [`${prefix}Height`]: variant.height,
      [`${prefix}Aspect`]: variant.keepAspect,
      [`${prefix}Quality`]: variant.quality,
    }) as Record<`${P}Width` | `${P}Height` | `${P}Quality`, number> & Record<`${P}Aspect`, boolean>;
  return {
    event: {
      id: String(event.id),
      values: {
        ...fields("full", size("event", event, "large")),
        ...fields("thumbnail", size("event", event, "thumbnail")),
        ...fields("icon", size("event", event, "icon")),
      },
    },
    speaker: {
      id: String(speaker.id),
      values: {
        ...fields("thumbnail", size("speaker", speaker, "thumbnail")),
        ...fields("small", size("speaker", speaker, "small")),
        ...fields("icon", size("speaker", speaker, "icon")),
      },
    },
  };
}
