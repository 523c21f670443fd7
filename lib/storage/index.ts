import { env } from "../env";
import { LocalFileStore } from "./local-store";
import type { FileContent, FileStore, StoredFile } from "./types";
import { UploadThingFileStore } from "./uploadthing-store";

export type { FileContent, FileStore, StoredFile } from "./types";
export { assertSafeKey, isSafeKey } from "./keys";
export { LocalFileStore } from "./local-store";
export { UploadThingFileStore } from "./uploadthing-store";

/**
 * The file store: UploadThing when `UPLOADTHING_TOKEN` is set, else local disk under
 * `UPLOAD_DIR`. Everything above this module uses the same calls either way.
 */
let store: FileStore | undefined;

export function fileStore(): FileStore {
  if (!store) {
    const { UPLOADTHING_TOKEN, UPLOAD_DIR } = env();
    store = UPLOADTHING_TOKEN ? new UploadThingFileStore({ token: UPLOADTHING_TOKEN }) : new LocalFileStore(UPLOAD_DIR);
  }
  return store;
}

/** Tests swap in a store of their own (a temp directory, a fake UploadThing). */
export function setFileStore(next: FileStore | undefined): void {
  store = next;
}

export const putFile = (key: string, bytes: Uint8Array, contentType: string): Promise<StoredFile> =>
  fileStore().putFile(key, bytes, contentType);
export const readFile = (key: string): Promise<FileContent | null> => fileStore().readFile(key);
export const deleteFile = (key: string): Promise<void> => fileStore().deleteFile(key);
export const fileExists = (key: string): Promise<boolean> => fileStore().fileExists(key);

/** The whole file in memory (small files: media for a zip, an import upload). */
export async function readFileBytes(key: string): Promise<Uint8Array | null> {
  const file = await readFile(key);
  if (!file) return null;
  return new Uint8Array(await new Response(file.body).arrayBuffer());
}
