import sharp from "sharp";

/** The brand colour of the header's "OE" mark (Tailwind theme `brand-600`, oklch(0.5 0.2 265)). */
export const BRAND = "#2955d3";

/**
 * The site icon: the header's mark as shapes, without text, so that it draws the same wherever
 * it is rendered (a favicon must not depend on the fonts of the machine that renders it).
 */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <rect width="64" height="64" rx="14" fill="${BRAND}"/>
  <circle cx="21" cy="32" r="10.5" fill="none" stroke="#ffffff" stroke-width="6"/>
  <path fill="#ffffff" d="M37 18h17v6H43v5h9v6h-9v5h11v6H37z"/>
</svg>
`;

/** The sizes inside favicon.ico: browser tabs, high-density tabs, Windows shortcuts. */
export const ICO_SIZES = [16, 32, 48] as const;

/**
 * favicon.ico with one PNG image per size (the ICO container allows PNG entries; every current
 * browser reads them). Browsers ask for /favicon.ico whatever the page declares.
 */
export async function renderFaviconIco(svg: string = ICON_SVG): Promise<Buffer> {
  const images = await Promise.all(
    ICO_SIZES.map((size) => sharp(Buffer.from(svg), { density: (72 * size) / 64 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer()),
  );
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, index) => {
    const entry = 6 + 16 * index;
    const size = ICO_SIZES[index]!;
    header.writeUInt8(size, entry);
    header.writeUInt8(size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(image.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([header, ...images]);
}
