import { readableTextColor } from "@/lib/tracks/font-color";

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
