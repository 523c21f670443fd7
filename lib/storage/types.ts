/** What every file store backend offers; callers never know which one runs. */
export interface StoredFile {
  key: string;
  /** A URL the backend serves the file at, when it has one of its own (UploadThing's CDN). */
  url?: string;
}

export interface FileContent {
  body: ReadableStream<Uint8Array>;
  size: number;
}

export interface FileStore {
  readonly kind: "local" | "uploadthing";
  putFile(key: string, bytes: Uint8Array, contentType: string): Promise<StoredFile>;
  /** null when there is no such file. */
  readFile(key: string): Promise<FileContent | null>;
  /** Deleting a missing file is not an error (a retried cleanup must not fail). */
  deleteFile(key: string): Promise<void>;
  fileExists(key: string): Promise<boolean>;
}
