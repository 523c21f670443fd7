import sharp from "sharp";
import { AppError } from "../errors";
import type { ImageVariant } from "../image-sizes/get-image-sizes";
import { detectFileType } from "./detect-type";
import { UPLOAD_LIMITS } from "./limits";

export interface ProcessedImage {
  bytes: Uint8Array;
  mime: string;
  ext: string;
  width: number;
  height: number;
}

const ANIMATED = new Set(["image/gif", "image/webp"]);

/**
 * An uploaded image, decoded and encoded again: whatever a crafted file carries beside its
 * pixels (EXIF with GPS positions, XMP, ICC tricks, appended HTML or script for a polyglot)
 * is gone, and a file that does not decode is refused. The EXIF orientation is applied first,
 * so the picture still stands upright without its metadata. SVG is refused: it has no
 * signature and can carry script.
 */
export async function processImage(bytes: Uint8Array, pointer: { parameter?: string; pointer?: string } = { parameter: "file" }): Promise<ProcessedImage> {
  const type = await detectFileType(bytes);
  if (type?.category !== "image") {
    throw new AppError("UNPROCESSABLE", "The file is not a PNG, JPEG, GIF, WebP or AVIF image (checked by its content, not its name)", pointer);
  }
  const animated = ANIMATED.has(type.mime);
  let pipeline = sharp(bytes, { limitInputPixels: UPLOAD_LIMITS.maxImagePixels, failOn: "error", animated }).autoOrient();
  switch (type.mime) {
    case "image/jpeg":
      pipeline = pipeline.jpeg({ quality: 90, mozjpeg: true });
      break;
    case "image/png":
      pipeline = pipeline.png({ compressionLevel: 9 });
      break;
    case "image/gif":
      pipeline = pipeline.gif();
      break;
    case "image/webp":
      pipeline = pipeline.webp({ quality: 90 });
      break;
    default:
      pipeline = pipeline.avif({ quality: 70 });
  }
  try {
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), mime: type.mime, ext: type.ext, width: info.width, height: info.pageHeight ?? info.height };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const detail = /pixel limit/i.test(reason)
      ? `The image has more than ${UPLOAD_LIMITS.maxImagePixels.toLocaleString("en")} pixels`
      : "The image could not be decoded";
    throw new AppError("UNPROCESSABLE", detail, pointer, { cause: error });
  }
}

/**
 * One configured size of an image (Open Event's large/thumbnail/icon/small), as JPEG at the
 * size's quality: `keepAspect` scales to the width and lets the height follow; otherwise the
 * image is cropped to fill exactly width × height.
 */
export async function renderVariant(bytes: Uint8Array, variant: ImageVariant): Promise<Uint8Array> {
  const resized = sharp(bytes, { limitInputPixels: UPLOAD_LIMITS.maxImagePixels, failOn: "error" })
    .autoOrient()
    .resize(variant.keepAspect ? { width: variant.width } : { width: variant.width, height: variant.height, fit: "cover", position: "attention" })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: variant.quality, mozjpeg: true });
  return new Uint8Array(await resized.toBuffer());
}
