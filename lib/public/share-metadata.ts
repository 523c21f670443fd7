import type { Metadata } from "next";
import sanitizeHtml from "sanitize-html";

/** Stored rich text → one plain line of at most `max` characters, for a link preview. */
export function previewText(stored: string | null | undefined, max = 200): string | undefined {
  if (!stored) return undefined;
  const text = sanitizeHtml(stored, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * The page's canonical URL and its Open Graph and Twitter card tags, so a shared link shows the
 * event's title, a line about it and its image. URLs are absolute on `origin` (crawlers do not
 * resolve relative ones); a site path image becomes absolute too.
 */
export function shareMetadata({
  origin,
  path,
  title,
  description,
  image,
  type = "website",
}: {
  origin: string;
  path: string;
  title: string;
  description?: string;
  image?: string | null;
  type?: "website" | "article" | "profile";
}): Metadata {
  const url = `${origin}${path}`;
  const images = image ? [new URL(image, origin).href] : undefined;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type, url, title, description, images, siteName: "Open Event" },
    twitter: { card: images ? "summary_large_image" : "summary", title, description, images },
  };
}
