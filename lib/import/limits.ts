/**
 * Limits of the event import (issue #6). One place so that the upload route, the zip reader,
 * the tests and the dashboard's hint agree.
 */
export const IMPORT_LIMITS = {
  /** Largest accepted upload; bigger ones get 413 before the body is read whole. */
  maxUploadBytes: 50 * 1024 * 1024,
  /** Most entries in the archive (the FOSSASIA sample has 6, PyCon 2017 about 260). */
  maxEntries: 5_000,
  /**
   * Most uncompressed bytes of all entries together: a zip bomb is refused from its central
   * directory, and inflation stops at the declared size if the directory lies.
   */
  maxUncompressedBytes: 300 * 1024 * 1024,
  /** Largest single JSON file: they are parsed in memory. */
  maxJsonFileBytes: 64 * 1024 * 1024,
  /** Largest single media file kept, from the archive or downloaded from a remote URL. */
  maxMediaFileBytes: 25 * 1024 * 1024,
  /**
   * Remote media URLs in the data (photos, logos, slides) are downloaded through the guarded
   * fetch. Each download has its own deadline (DNS, redirects and body together) …
   */
  remoteFetchTimeoutMs: 20_000,
  /** … at most this many run at once (a few hosts serve most of an event's files) … */
  remoteFetchConcurrency: 6,
  /**
   * … at most this many distinct URLs are tried (the FOSSASIA 2017 sample has about 900), the
   * rest are reported as not tried …
   */
  maxRemoteDownloads: 1_000,
  /**
   * … and all of them must end within this budget: downloads still running are stopped and the
   * rest are not started, so slow or unreachable hosts cannot hold the import job for long.
   */
  remoteDownloadBudgetMs: 120_000,
} as const;

export type ImportLimits = { -readonly [K in keyof typeof IMPORT_LIMITS]: number };
