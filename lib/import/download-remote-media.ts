import dns from "node:dns";
import { UPLOADS_PATH } from "../export-jobs/fetch-media";
import {
  HttpStatusError,
  NetworkError,
  RefusedAddressError,
  safeFetch,
  SafeFetchError,
  TimeoutError,
  TooLargeError,
  TooManyRedirectsError,
  UnsupportedContentTypeError,
  UnsupportedUrlError,
  type ResolvedAddress,
  type Resolver,
  type SafeFetchOptions,
} from "../net/safe-fetch";
import { putFile } from "../storage";
import type { ImportLimits } from "./limits";
import { checkMedia, deleteMedia, safeFileName } from "./store-media";

/**
 * Remote media URLs of imported data (event images and logo, speaker photos, session slides,
 * video and audio, sponsor logos) are downloaded into the file store, so the new event does not
 * depend on a server that may vanish. The URLs were chosen by whoever wrote the archive, so every
 * download goes through `safeFetch` (public addresses only, also after each redirect; one
 * deadline; a size limit), and what arrives is checked and cleaned like the archive's own files
 * (store-media.ts): the type is decided by the bytes, so an HTML page or an SVG behind a `.png`
 * URL is not stored, and images are decoded and encoded again without their metadata. A URL
 * that is refused or fails keeps its value and is reported with the reason.
 */

/** Test hooks of the guarded fetch (a local server on 127.0.0.1); production passes none. */
export type RemoteFetchHooks = Partial<Pick<SafeFetchOptions, "resolve" | "addressPolicy">>;

// A type alias (not an interface) so that the import result stays assignable to the jobs' JsonValue.
export type RemoteDownloadFailure = { url: string; reason: string };

export interface DownloadedMedia {
  /** Remote URL → the URL of its stored copy (stored ones only). */
  urls: Map<string, string>;
  /** Storage keys written; the caller deletes them if the import fails later. */
  keys: string[];
  /** Every URL not stored and why, in the order of the input. */
  failures: RemoteDownloadFailure[];
}

/**
 * File name extensions per sniffed type; the first is added to a stored name that lacks one (a
 * type not listed takes the extension file-type gives it).
 */
const EXTENSIONS: Record<string, readonly string[]> = {
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "application/pdf": ["pdf"],
  "video/mp4": ["mp4", "m4v"],
  "video/webm": ["webm"],
  "audio/ogg": ["ogg", "oga", "opus"],
  "audio/mpeg": ["mp3"],
};

const NOT_MEDIA = "not an image, document, video or audio file (checked by content)";

/** The budget's abort reason: tells "stopped by the budget" apart from the download's own errors. */
class BudgetExhaustedError extends Error {}

const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * One lookup per host name and import: an event's files live on a handful of hosts, and hundreds
 * of lookups of the same name cost a DNS round trip (or a resolver's retry delay) each. Safe to
 * share: safeFetch still checks every address of the answer on every fetch and connects to the
 * address it checked.
 */
function resolveOncePerHost(resolve: Resolver): Resolver {
  const answers = new Map<string, Promise<ResolvedAddress[]>>();
  return (hostname) => {
    const key = hostname.toLowerCase();
    let answer = answers.get(key);
    if (!answer) {
      answer = resolve(hostname);
      answers.set(key, answer);
    }
    return answer;
  };
}

function reasonOf(error: SafeFetchError, limits: ImportLimits): string {
  if (error instanceof RefusedAddressError) return `refused: not a public address (${error.address})`;
  if (error instanceof TimeoutError) return `timed out after ${limits.remoteFetchTimeoutMs} ms`;
  if (error instanceof TooLargeError) return `larger than ${error.maxBytes} bytes`;
  if (error instanceof HttpStatusError) return `HTTP ${error.status}`;
  if (error instanceof TooManyRedirectsError) return "too many redirects";
  if (error instanceof UnsupportedContentTypeError) return NOT_MEDIA;
  if (error instanceof UnsupportedUrlError) {
    const prefix = `Cannot fetch ${error.url}: `;
    return `not fetched: ${error.message.startsWith(prefix) ? error.message.slice(prefix.length) : "unsupported URL"}`;
  }
  if (error instanceof NetworkError) {
    const { cause } = error;
    // An AggregateError (several addresses tried) has an empty message; its code says enough.
    const text = cause instanceof Error ? cause.message || (cause as NodeJS.ErrnoException).code || cause.name : String(cause);
    return `could not connect: ${text}`;
  }
  return error.message;
}

/** `imports/<task>/remote-<n>-<name of the URL's last path segment>.<extension of the type>` */
function keyFor(prefix: string, n: number, url: string, type: string, ext: string): string {
  const { pathname } = new URL(url);
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: the raw segment is sanitised instead.
  }
  let name = safeFileName(decoded);
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  const known = EXTENSIONS[type] ?? [ext];
  if (!known.includes(extension)) name = `${name}.${known[0]}`;
  return `${prefix}/remote-${n}-${name}`;
}

type Outcome = { url: string } | { reason: string };

/**
 * Downloads each URL of `urls` (distinct, trimmed) once, a few at a time, within the import's
 * limits: each download its deadline and size limit, at most `maxRemoteDownloads` URLs, and all
 * within `remoteDownloadBudgetMs` (downloads still running then are stopped, the rest not
 * started). Storage errors are not download failures: they fail the import, after the files
 * already stored are deleted.
 */
export async function downloadRemoteMedia(
  urls: Iterable<string>,
  options: {
    prefix: string;
    limits: ImportLimits;
    fetch?: RemoteFetchHooks;
    onProgress?: (done: number, total: number) => Promise<void>;
  },
): Promise<DownloadedMedia> {
  const { limits } = options;
  const all = [...new Set(urls)];
  const tried = all.slice(0, Math.max(0, limits.maxRemoteDownloads));
  const outcomes: Outcome[] = all.map(() => ({ reason: `not tried: an import downloads at most ${limits.maxRemoteDownloads} remote files` }));
  const keys: string[] = [];
  if (!tried.length) return collect(all, outcomes, keys);

  const stop = new AbortController();
  const budget = setTimeout(() => stop.abort(new BudgetExhaustedError()), limits.remoteDownloadBudgetMs);
  const overBudget = `not finished within the ${limits.remoteDownloadBudgetMs} ms allowed for all downloads`;
  const resolve = resolveOncePerHost(options.fetch?.resolve ?? systemResolver);

  async function download(url: string, n: number): Promise<Outcome> {
    let bytes: Buffer;
    try {
      ({ bytes } = await safeFetch(url, {
        maxBytes: limits.maxMediaFileBytes,
        timeoutMs: limits.remoteFetchTimeoutMs,
        signal: stop.signal,
        resolve,
        addressPolicy: options.fetch?.addressPolicy,
      }));
    } catch (error) {
      if (error instanceof BudgetExhaustedError) return { reason: overBudget };
      if (error instanceof SafeFetchError) return { reason: reasonOf(error, limits) };
      throw error;
    }
    const checked = await checkMedia(bytes, NOT_MEDIA);
    if ("refused" in checked) return { reason: checked.refused };
    const { mime, ext } = checked.file;
    const key = keyFor(options.prefix, n, url, mime, ext);
    const file = await putFile(key, checked.file.bytes, mime);
    keys.push(key);
    return { url: file.url ?? `${UPLOADS_PATH}${key}` };
  }

  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    while (next < tried.length) {
      const index = next++;
      if (stop.signal.aborted) {
        outcomes[index] = { reason: stop.signal.reason instanceof BudgetExhaustedError ? overBudget : "not tried: the import failed" };
        continue;
      }
      try {
        outcomes[index] = await download(tried[index]!, index + 1);
        done += 1;
        await options.onProgress?.(done, tried.length);
      } catch (error) {
        // The other workers stop too; the files stored are deleted below once all have ended.
        stop.abort(error);
        throw error;
      }
    }
  }

  try {
    await options.onProgress?.(0, tried.length);
    const workers = Array.from({ length: Math.max(1, Math.min(limits.remoteFetchConcurrency, tried.length)) }, worker);
    const ended = await Promise.allSettled(workers);
    const failed = ended.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
  } catch (error) {
    await deleteMedia(keys);
    throw error;
  } finally {
    clearTimeout(budget);
  }
  return collect(all, outcomes, keys);
}

function collect(all: string[], outcomes: Outcome[], keys: string[]): DownloadedMedia {
  const result: DownloadedMedia = { urls: new Map(), keys, failures: [] };
  all.forEach((url, index) => {
    const outcome = outcomes[index]!;
    if ("url" in outcome) result.urls.set(url, outcome.url);
    else result.failures.push({ url, reason: outcome.reason });
  });
  return result;
}
