import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { ALLOWED_DESCRIPTION, detectFileType } from "./detect-type";
import type { ReceivedFile } from "./receive-multipart";
import { safeFileName, storeUpload, uploadStore } from "./store-upload";

export function requireUploader(actor: Actor): NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to upload files");
  return actor;
}

/**
 * Open Event's `POST /v1/upload/files`: slides, documents, audio and video. Every file's type
 * is read from its content; one refused file refuses the request before anything is stored.
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
      return { file, type };
    }),
  );
  const store = uploadStore(options.forceLocal);
  const urls: string[] = [];
  for (const { file, type } of typed) {
    const { url } = await storeUpload(store, "files", safeFileName(file.fileName, type.ext), file.bytes, type.mime);
    urls.push(url);
  }
  return urls;
}
