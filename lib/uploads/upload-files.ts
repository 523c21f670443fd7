import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { ALLOWED_DESCRIPTION, detectFileType } from "./detect-type";
import { processImage } from "./process-image";
import type { ReceivedFile } from "./receive-multipart";
import { safeFileName, storeUpload, uploadStore } from "./store-upload";

export function requireUploader(actor: Actor): NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to upload files");
  return actor;
}

/**
 * Open Event's `POST /v1/upload/files`: slides, documents, audio and video. Every file's type
 * is read from its content; one refused file refuses the request before anything is stored.
 * Images take the same path as `/v1/upload/image` (decoded and encoded again, so EXIF with GPS
 * positions and anything appended to the pixels is gone): the route a client picks must not
 * decide whether a photo is published with its metadata.
 */
export async function uploadFiles(actor: Actor, files: ReceivedFile[], options: { forceLocal: boolean }): Promise<string[]> {
  requireUploader(actor);
  const typed = await Promise.all(
    files.map(async (file) => {
      const type = await detectFileType(file.bytes);
      if (!type) {
        throw new AppError(
          "UNPROCESSABLE",
          `${file.fileName}: not an allowed file type; send ${ALLOWED_DESCRIPTION} (checked by content, not by name)`,
          { parameter: file.field },
        );
      }
      if (type.category !== "image") return { file, bytes: file.bytes, mime: type.mime, ext: type.ext };
      const image = await processImage(file.bytes, { parameter: file.field });
      return { file, bytes: image.bytes, mime: image.mime, ext: image.ext };
    }),
  );
  const store = uploadStore(options.forceLocal);
  const urls: string[] = [];
  for (const { file, bytes, mime, ext } of typed) {
    const { url } = await storeUpload(store, "files", safeFileName(file.fileName, ext), bytes, mime);
    urls.push(url);
  }
  return urls;
}
