import { readFile as readDiskFile } from "node:fs/promises";
import path from "node:path";
import type { FetchMedia } from "../export";
import { isSafeKey, readFileBytes } from "../storage";

/** Uploaded files are served under this path prefix; the rest of the path is the storage key. */
export const UPLOADS_PATH = "/uploads/";

export interface MediaFetcher {
  fetchMedia: FetchMedia;
  /** URLs that were asked for but not included (remote, missing or unsafe), for `meta`. */
  skipped: string[];
}

/**
 * Media for the JSON zip from local sources only: bundled images (`/images/…` from `public/`)
 * and uploaded files (`/uploads/<key>` from the file store). Remote URLs are skipped on purpose:
 * fetching arbitrary URLs from the server needs an SSRF guard (a later issue).
 */
export function localMediaFetcher(publicDir = path.resolve(process.cwd(), "public")): MediaFetcher {
  const skipped: string[] = [];
  const skip = (url: string) => {
    skipped.push(url);
    return null;
  };
  const fetchMedia: FetchMedia = async (url) => {
    const pathname = url.split(/[?#]/, 1)[0] ?? "";
    if (pathname.startsWith(UPLOADS_PATH)) {
      const key = decodeURIComponent(pathname.slice(UPLOADS_PATH.length));
      if (!isSafeKey(key)) return skip(url);
      return (await readFileBytes(key)) ?? skip(url);
    }
    if (pathname.startsWith("/images/")) {
      const relative = decodeURIComponent(pathname.slice(1));
      if (!isSafeKey(relative)) return skip(url);
      const file = path.resolve(publicDir, ...relative.split("/"));
      if (!file.startsWith(publicDir + path.sep)) return skip(url);
      try {
        return new Uint8Array(await readDiskFile(file));
      } catch {
        return skip(url);
      }
    }
    return skip(url);
  };
  return { fetchMedia, skipped };
}
