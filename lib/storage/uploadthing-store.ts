import { createHash } from "node:crypto";
import { UTApi, UTFile } from "uploadthing/server";
import { assertSafeKey } from "./keys";
import type { FileContent, FileStore, StoredFile } from "./types";

type UTApiOptions = NonNullable<ConstructorParameters<typeof UTApi>[0]>;

/**
 * UploadThing (when `UPLOADTHING_TOKEN` is set). UploadThing names files by keys it generates,
 * so our key is stored as the file's `customId` (hashed: customIds are limited in length and
 * characters) and every operation addresses the file by it. Reads go through a short-lived
 * signed URL, which works whatever the app's ACL setting is.
 */
export class UploadThingFileStore implements FileStore {
  readonly kind = "uploadthing" as const;
  private readonly api: UTApi;

  constructor(options: UTApiOptions & { token: string }) {
    this.api = new UTApi({ defaultKeyType: "customId", logLevel: "Error", ...options });
  }

  static customId(key: string): string {
    return `oe-${createHash("sha256").update(assertSafeKey(key)).digest("hex")}`;
  }

  async putFile(key: string, bytes: Uint8Array, contentType: string): Promise<StoredFile> {
    const name = key.slice(key.lastIndexOf("/") + 1);
    const file = new UTFile([bytes as BlobPart], name, { type: contentType, customId: UploadThingFileStore.customId(key) });
    const result = await this.api.uploadFiles(file);
    if (result.error) throw new Error(`UploadThing upload failed: ${result.error.message}`, { cause: result.error });
    return { key, url: result.data.ufsUrl };
  }

  private async fetchFile(key: string, method: "GET" | "HEAD"): Promise<Response | null> {
    const { ufsUrl } = await this.api.generateSignedURL(UploadThingFileStore.customId(key), { expiresIn: 60 });
    const response = await fetch(ufsUrl, { method });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`UploadThing answered ${response.status} for a file read`);
    return response;
  }

  async readFile(key: string): Promise<FileContent | null> {
    const response = await this.fetchFile(key, "GET");
    if (!response?.body) return null;
    return { body: response.body as ReadableStream<Uint8Array>, size: Number(response.headers.get("content-length") ?? -1) };
  }

  async deleteFile(key: string): Promise<void> {
    await this.api.deleteFiles(UploadThingFileStore.customId(key), { keyType: "customId" });
  }

  async fileExists(key: string): Promise<boolean> {
    return (await this.fetchFile(key, "HEAD")) !== null;
  }
}
