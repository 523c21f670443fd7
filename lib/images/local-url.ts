/** Uploaded files are served under this path prefix; the rest of the path is the storage key. */
const UPLOADS_PREFIX = "/uploads/";

/** Image URLs of this site (uploads, bundled images) whose bytes the server can read itself. */
export function isLocalImageUrl(url: string | null | undefined): url is string {
  return Boolean(url && (url.startsWith(UPLOADS_PREFIX) || url.startsWith("/images/")));
}
