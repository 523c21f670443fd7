/** A stored URL if it is an absolute http(s) one (anything else, e.g. `javascript:`, is not linked). */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A social profile: a full URL as is, else a handle on the network's site. */
export function profileUrl(value: string | null | undefined, site: string): string | null {
  const direct = httpUrl(value);
  if (direct) return direct;
  const handle = value?.trim().replace(/^@/, "");
  return handle && /^[\w.-]{1,100}$/.test(handle) ? `${site}/${handle}` : null;
}
