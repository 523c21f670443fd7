/** "Position, Organisation" of a speaker, either alone, or "" when neither is known. */
export function affiliation(speaker: { position: string | null; organisation: string | null }): string {
  return [speaker.position, speaker.organisation].filter(Boolean).join(", ");
}
