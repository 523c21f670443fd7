import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { ALLOWED_DESCRIPTION } from "./detect-type";
import type { ReceivedFile } from "./receive-multipart";
import { sanitizeFile } from "./sanitize-file";
import { safeFileName, storeUpload, uploadStore } from "./store-upload";

export function requireUploader(actor: Actor): NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to upload files");
  return actor;
}

/**
 * Open Event's `POST /v1/upload/files`: slides, documents, audio and video. Every file's type
 * is read from its content; one refused file refuses the request before anything is stored.
 * Images are decoded and encoded again like those of `/v1/upload/image` (sanitize-file.ts).
 */
export async function uploadFiles(actor: Actor, files: ReceivedFile[], options: { forceLocal: boolean }): Promise<string[]> {
  requireUploader(actor);
  const typed = await Promise.all(
    files.map(async (file) => {
      const sanitized = await sanitizeFile(file.bytes, { parameter: file.field });
      if (!sanitized) {
        throw new AppError(
          "UNPROCESSABLE",
          `${file.fileName}: not an allowed file type; send ${ALLOWED_DESCRIPTION} (checked by content, not by name)`,
          { parameter: file.field },
        );
      }
      return { file, ...sanitized };
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
