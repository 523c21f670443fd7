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

/** `#rgb` or `#rrggbb` → 0–255 channels; null for anything else. */
function channels(color: string): [number, number, number] | null {
  const hex = /^#?([\da-f]{3}|[\da-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance of a `#rrggbb` colour (0 black … 1 white). */
export function relativeLuminance(color: string): number {
  const rgb = channels(color);
  if (!rgb) throw new Error(`Not a colour: ${color}`);
  const [r, g, b] = rgb.map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * What our own pages write on a track's colour: black or white, whichever contrasts more
 * (WCAG). Unlike the YIQ rule of {@link fontColor}, this always reaches 4.5:1 (the worst
 * colour, where both are equal, still gets ≈ 4.58:1), so normal-size text passes WCAG AA.
 */
export function readableTextColor(background: string): "#000000" | "#ffffff" {
  if (!channels(background)) return "#000000";
  return contrastRatio(background, "#000000") >= contrastRatio(background, "#ffffff") ? "#000000" : "#ffffff";
}
