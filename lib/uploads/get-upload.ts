import { AppError } from "../errors";
import { isSafeKey, readFileBytes } from "../storage";
import { detectFileType } from "./detect-type";

/**
 * Folders of the store that are public: uploaded images and files, media of imported events and
 * the derived image sizes. Import archives and export files live elsewhere in the same store
 * and are only reached through their permission-checked routes.
 */
const PUBLIC_FOLDERS = ["images/", "files/", "imports/", "derived/"];

export interface ServedUpload {
  bytes: Uint8Array;
  contentType: string;
  /** Images show in the page; anything else downloads. */
  inline: boolean;
  fileName: string;
}

/** A public upload by its key; anything else (unsafe key, private folder, missing) is 404. */
export async function getUpload(key: string): Promise<ServedUpload> {
  if (!isSafeKey(key) || !PUBLIC_FOLDERS.some((folder) => key.startsWith(folder))) throw new AppError("NOT_FOUND", "File not found");
  const bytes = await readFileBytes(key);
  if (!bytes) throw new AppError("NOT_FOUND", "File not found");
  // Stored files were checked by content on the way in; the type is read from it again rather
  // than trusted from the name, so a file can never be served as HTML.
  const type = await detectFileType(bytes);
  return {
    bytes,
    contentType: type?.mime ?? "application/octet-stream",
    inline: type?.category === "image",
    fileName: key.slice(key.lastIndexOf("/") + 1),
  };
}
