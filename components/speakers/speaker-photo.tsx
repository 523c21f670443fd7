/* eslint-disable @next/next/no-img-element -- speaker photos are arbitrary URLs or local uploads of unknown size; next/image would need an allow-list (images are unoptimized anyway, see next.config.ts). */

/** A round speaker photo (the smallest derived size when there is one), or their initials. */
export function SpeakerPhoto({
  speaker,
  size = "size-10",
}: {
  speaker: { name: string; photoUrl: string | null; thumbnailImageUrl?: string | null; iconImageUrl?: string | null };
  size?: string;
}) {
  const src = speaker.iconImageUrl ?? speaker.thumbnailImageUrl ?? speaker.photoUrl;
  if (src) return <img src={src} alt="" loading="lazy" className={`${size} shrink-0 rounded-full bg-slate-100 object-cover`} />;
  const initials = speaker.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
  return (
    <span aria-hidden="true" className={`${size} grid shrink-0 place-items-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700`}>
      {initials}
    </span>
  );
}
