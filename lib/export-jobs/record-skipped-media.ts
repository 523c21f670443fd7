import JSZip from "jszip";

/**
 * Adds `skipped_media` (URLs asked for but not included) to the zip's `meta` file, so whoever
 * restores the backup knows which media to fetch themselves. The renderer has no slot for it,
 * hence a second pass; it only runs when something was skipped.
 */
export async function recordSkippedMedia(zipBytes: Uint8Array, skipped: readonly string[]): Promise<Uint8Array> {
  if (!skipped.length) return zipBytes;
  const zip = await JSZip.loadAsync(zipBytes);
  const metaFile = zip.file("meta");
  if (!metaFile) return zipBytes;
  const meta = JSON.parse(await metaFile.async("string")) as Record<string, unknown>;
  meta.skipped_media = [...new Set(skipped)].sort();
  zip.file("meta", JSON.stringify(meta, null, 2), { date: metaFile.date });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
