/** Black or white text, whichever reads better on the track colour (WCAG relative luminance). */
export function readableTextColor(background: string): string {
  const match = /^#?([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(background.trim());
  if (!match) return "#0f172a";
  const [r, g, b] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black (L+0.05)/0.05 vs with white 1.05/(L+0.05): equal at L ≈ 0.179.
  return luminance > 0.179 ? "#0f172a" : "#ffffff";
}

const safeColor = (color: string) => (/^#[\da-f]{3,8}$/i.test(color.trim()) ? color.trim() : "#64748b");

/** The track's name on its colour. */
export function TrackBadge({ track }: { track: { name: string; color: string } }) {
  const color = safeColor(track.color);
  return (
    <span
      className="inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium"
      style={{ backgroundColor: color, color: readableTextColor(color) }}
    >
      {track.name}
    </span>
  );
}
