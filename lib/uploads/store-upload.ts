import { randomUUID } from "node:crypto";
import { env } from "../env";
import { UPLOADS_PATH } from "../export-jobs/fetch-media";
import { fileStore, LocalFileStore, type FileStore } from "../storage";

/** The store an upload goes to: the configured one, or local disk when `force_local` asks. */
export function uploadStore(forceLocal: boolean): FileStore {
  const store = fileStore();
  return forceLocal && store.kind !== "local" ? new LocalFileStore(env().UPLOAD_DIR) : store;
}

/** A file name reduced to the characters a storage key allows, with the extension its content has. */
export function safeFileName(original: string, ext: string): string {
  const base = original.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._-]+/, "").slice(0, 100);
  return `${base || "file"}.${ext}`;
}

/** Stores bytes under `<folder>/<uuid>/<name>`; the answer is the URL the file is served at. */
export async function storeUpload(
  store: FileStore,
  folder: string,
  name: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<{ key: string; url: string }> {
  const key = `${folder}/${randomUUID()}/${name}`;
  const stored = await store.putFile(key, bytes, contentType);
  return { key, url: stored.url ?? `${UPLOADS_PATH}${key}` };
}
