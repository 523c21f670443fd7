/**
 * The text colour that stays readable on a track's colour: black on light colours, white on
 * dark ones. Perceived brightness with the YIQ weights, as Open Event Server derives
 * `font-color`, so clients that used its value see the same one.
 */
export function fontColor(color: string): "#000000" | "#ffffff" {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return "#000000";
  const [r, g, b] = [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
  const brightness = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return brightness > 0.5 ? "#000000" : "#ffffff";
}
