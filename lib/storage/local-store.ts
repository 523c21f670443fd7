import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertSafeKey } from "./keys";
import type { FileContent, FileStore, StoredFile } from "./types";

/**
 * The embedded default: files under one directory (`UPLOAD_DIR`, `.data/uploads`). Served by
 * the app's own routes, which check permissions first, so no URL is returned.
 */
export class LocalFileStore implements FileStore {
  readonly kind = "local" as const;
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** Keys are already checked; the containment test is a second fence against a bug there. */
  private pathOf(key: string): string {
    const full = path.resolve(this.root, ...assertSafeKey(key).split("/"));
    if (!full.startsWith(this.root + path.sep)) throw new Error(`File key escapes the store: ${key}`);
    return full;
  }

  // The disk keeps no content type: the routes that serve files know what they serve.
  async putFile(key: string, bytes: Uint8Array, _contentType?: string): Promise<StoredFile> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written aside and renamed, so a reader never sees a half-written file.
    const temporary = `${target}.${randomUUID()}.partial`;
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    } finally {
      await rm(temporary, { force: true });
    }
    return { key };
  }

  async readFile(key: string): Promise<FileContent | null> {
    const file = this.pathOf(key);
    const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
      throw error;
    });
    if (!info?.isFile()) return null;
    const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    return { body, size: info.size };
  }

  async deleteFile(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async fileExists(key: string): Promise<boolean> {
    const info = await stat(this.pathOf(key)).catch(() => null);
    return Boolean(info?.isFile());
  }
}
