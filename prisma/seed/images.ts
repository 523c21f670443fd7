/**
 * The seed's images, rendered as SVG from the seed data. They are checked in under
 * `public/images/` so the app serves them as static files (no internet links, nothing generated
 * at run time); `generate-images.ts` rewrites them and a test keeps files and data in sync.
 */
import { DEMO_EVENT, SPEAKERS, SPONSORS, avatarUrl, sponsorLogoUrl, type SponsorSeed } from "./demo-event";
import { TOPICS, topicImageUrl, type TopicSeed } from "./taxonomy";
import { DEV_USERS } from "./users";

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** FNV-1a: a stable number per name, so colours and shapes never change between runs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded generator for decorative shapes. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AVATAR_COLORS = ["#2563eb", "#7c3aed", "#db2777", "#dc2626", "#ea580c", "#ca8a04", "#16a34a", "#0d9488", "#0891b2", "#4f46e5", "#9333ea", "#475569"];

function svg(width: number, height: number, label: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}">\n${body}\n</svg>\n`;
}

function circles(seed: string, width: number, height: number, count: number): string {
  const next = random(hash(seed));
  const shapes: string[] = [];
  for (let i = 0; i < count; i++) {
    const cx = Math.round(next() * width);
    const cy = Math.round(next() * height);
    const r = Math.round(40 + next() * 180);
    const opacity = (0.08 + next() * 0.17).toFixed(2);
    shapes.push(`  <circle cx="${cx}" cy="${cy}" r="${r}" fill="#ffffff" fill-opacity="${opacity}"/>`);
  }
  return shapes.join("\n");
}

export function topicImage(topic: TopicSeed): string {
  return svg(
    1300,
    500,
    topic.name,
    [
      `  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${topic.color}"/><stop offset="1" stop-color="#0f172a"/></linearGradient></defs>`,
      `  <rect width="1300" height="500" fill="url(#g)"/>`,
      circles(topic.slug, 1300, 500, 9),
      `  <text x="80" y="420" font-family="${FONT}" font-size="72" font-weight="700" fill="#ffffff">${escapeXml(topic.name)}</text>`,
    ].join("\n"),
  );
}

export function eventBanner(): string {
  return svg(
    1300,
    500,
    DEMO_EVENT.name,
    [
      `  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0f172a"/><stop offset="0.6" stop-color="#1e3a8a"/><stop offset="1" stop-color="#0d9488"/></linearGradient></defs>`,
      `  <rect width="1300" height="500" fill="url(#g)"/>`,
      circles(DEMO_EVENT.identifier, 1300, 500, 12),
      `  <text x="80" y="250" font-family="${FONT}" font-size="80" font-weight="800" fill="#ffffff">${escapeXml(DEMO_EVENT.name)}</text>`,
      `  <text x="84" y="330" font-family="${FONT}" font-size="40" fill="#e2e8f0">11–12 March 2027 · Singapore</text>`,
      `  <text x="84" y="390" font-family="${FONT}" font-size="30" fill="#99f6e4">Open source · AI &amp; data · Web &amp; cloud · Hardware</text>`,
    ].join("\n"),
  );
}

export function eventLogo(): string {
  return svg(
    400,
    400,
    `${DEMO_EVENT.name} logo`,
    [
      `  <rect width="400" height="400" rx="72" fill="#1e3a8a"/>`,
      `  <circle cx="200" cy="170" r="96" fill="none" stroke="#5eead4" stroke-width="22"/>`,
      `  <circle cx="200" cy="170" r="34" fill="#5eead4"/>`,
      `  <text x="200" y="340" text-anchor="middle" font-family="${FONT}" font-size="64" font-weight="800" fill="#ffffff">OTS 27</text>`,
    ].join("\n"),
  );
}

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

export function avatar(name: string): string {
  const color = AVATAR_COLORS[hash(name) % AVATAR_COLORS.length] ?? "#475569";
  return svg(
    256,
    256,
    name,
    [
      `  <circle cx="128" cy="128" r="128" fill="${color}"/>`,
      `  <text x="128" y="128" dy="0.35em" text-anchor="middle" font-family="${FONT}" font-size="104" font-weight="600" fill="#ffffff">${escapeXml(initials(name))}</text>`,
    ].join("\n"),
  );
}

export function sponsorLogo(sponsor: SponsorSeed): string {
  const next = random(hash(sponsor.slug));
  const sides = 3 + Math.floor(next() * 4);
  const points = Array.from({ length: sides }, (_, i) => {
    const angle = (Math.PI * 2 * i) / sides - Math.PI / 2;
    return `${(80 + 44 * Math.cos(angle)).toFixed(1)},${(120 + 44 * Math.sin(angle)).toFixed(1)}`;
  }).join(" ");
  return svg(
    480,
    240,
    sponsor.name,
    [
      `  <rect width="480" height="240" fill="#ffffff"/>`,
      `  <polygon points="${points}" fill="${sponsor.color}"/>`,
      `  <text x="144" y="120" dy="0.35em" font-family="${FONT}" font-size="${sponsor.name.length > 12 ? 34 : 42}" font-weight="700" fill="#0f172a">${escapeXml(sponsor.name)}</text>`,
    ].join("\n"),
  );
}

/** Every seeded image: URL path (as stored in the database) → file content. */
export function renderImages(): Map<string, string> {
  const files = new Map<string, string>();
  for (const topic of TOPICS) files.set(topicImageUrl(topic), topicImage(topic));
  files.set(DEMO_EVENT.imageUrl, eventBanner());
  files.set(DEMO_EVENT.logoUrl, eventLogo());
  for (const person of [...SPEAKERS.map((s) => s.name), ...DEV_USERS.map((u) => `${u.firstName} ${u.lastName}`)]) {
    files.set(avatarUrl(person), avatar(person));
  }
  for (const sponsor of SPONSORS) files.set(sponsorLogoUrl(sponsor), sponsorLogo(sponsor));
  return files;
}
