import { searchTextOf } from "./schedule-filters";

interface SearchableSpeaker {
  name: string;
  organisation: string | null;
  position: string | null;
  city: string | null;
  country: string | null;
  shortBiography: string | null;
}

/** The speakers page's `?q=`: every word occurs in the name, affiliation, place or short biography. Order is kept (featured first). */
export function searchSpeakers<T extends SearchableSpeaker>(speakers: readonly T[], q: string): T[] {
  const words = q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...speakers];
  return speakers.filter((speaker) => {
    const text = searchTextOf([speaker.name, speaker.organisation, speaker.position, speaker.city, speaker.country, speaker.shortBiography]);
    return words.every((word) => text.includes(word));
  });
}
