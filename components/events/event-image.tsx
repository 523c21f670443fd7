/* eslint-disable @next/next/no-img-element -- event images are arbitrary organiser URLs or local uploads of unknown size; next/image would need an allow-list and fixed dimensions. */

/** The event's own image, else its topic's system image, else a neutral placeholder. */
export function eventImageUrl(event: {
  originalImageUrl?: string | null;
  largeImageUrl?: string | null;
  thumbnailImageUrl?: string | null;
  eventTopic?: { systemImageUrl?: string | null } | null;
}, size: "large" | "thumbnail" = "large"): string | null {
  const own = size === "thumbnail" ? (event.thumbnailImageUrl ?? event.originalImageUrl) : (event.largeImageUrl ?? event.originalImageUrl);
  return own || event.eventTopic?.systemImageUrl || null;
}

/**
 * Callers size it with Open Event's image proportions (full 1300×500 = 13/5, thumbnail
 * 500×200 = 5/2), so uploaded banners are shown uncropped.
 */
export function EventImage({
  src,
  alt,
  className = "",
  priority = false,
}: {
  src: string | null;
  alt: string;
  className?: string;
  priority?: boolean;
}) {
  if (!src) {
    return (
      <div
        aria-hidden="true"
        className={`bg-gradient-to-br from-brand-100 via-brand-50 to-white ${className}`}
      />
    );
  }
  return (
    <img
      src={src}
      alt={alt}
      className={`object-cover ${className}`}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
    />
  );
}
