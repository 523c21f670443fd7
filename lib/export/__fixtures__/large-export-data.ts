import { exportData, exportEvent, room, session, sessionType, speaker, track, utc } from "./export-data";
import type { ExportData, ExportSession } from "../types";

export interface LargeSize {
  sessions: number;
  speakers: number;
  rooms: number;
  tracks: number;
}

export const BENCH_SIZE: LargeSize = { sessions: 2000, speakers: 1500, rooms: 60, tracks: 50 };

/**
 * A deterministic big event (no randomness): realistic HTML abstracts with entities, non-ASCII
 * names, 1–3 speakers per session, a few sessions without room/track/type/end, 5 days.
 */
export function largeExportData(size: LargeSize = BENCH_SIZE, timezone = "Europe/Berlin"): ExportData {
  const day0 = Date.parse("2027-03-08T07:00:00Z");
  const sessions: ExportSession[] = [];
  for (let i = 1; i <= size.sessions; i++) {
    const slot = Math.floor((i - 1) / size.rooms); // parallel sessions share a slot
    const dayIndex = slot % 5;
    const inDay = Math.floor(slot / 5);
    const start = day0 + dayIndex * 86_400_000 + inDay * 45 * 60_000;
    const speakerCount = 1 + (i % 3);
    const speakers = Array.from({ length: speakerCount }, (_, k) => ({ speakerId: ((i * 7 + k * 13) % size.speakers) + 1 }));
    const bare = i % 97 === 0;
    sessions.push(
      session(i, {
        title: `Talk ${i}: Building résumé-ready, scalable systems — part ${i % 11} 🚀`,
        subtitle: i % 4 === 0 ? `Subtitle ${i}` : null,
        shortAbstract: bare
          ? null
          : `<p>In this talk we explore <b>distributed systems</b> &amp; their trade-offs; what works, what doesn&#39;t.</p><ul><li>Consensus</li><li>Replication, caching</li></ul><p>Session ${i} — Grüße!</p>`,
        longAbstract: bare ? null : `<p>Long abstract ${i}</p>`,
        state: i % 10 === 0 ? "pending" : i % 2 === 0 ? "confirmed" : "accepted",
        startsAt: new Date(start),
        endsAt: bare ? null : new Date(start + 40 * 60_000),
        trackId: bare ? null : (i % size.tracks) + 1,
        microlocationId: bare ? null : ((i - 1) % size.rooms) + 1,
        sessionTypeId: bare ? null : (i % 4) + 1,
        language: "en",
        slidesUrl: i % 5 === 0 ? `https://slides.example.org/${i}.pdf` : null,
        videoUrl: i % 7 === 0 ? `https://video.example.org/${i}.mp4` : null,
        speakers,
      }),
    );
  }
  return exportData({
    event: exportEvent({
      identifier: "bigconf27",
      name: "Big Conference 2027 — Zürich edition",
      timezone,
      startsAt: utc("2027-03-08T07:00:00"),
      endsAt: utc("2027-03-12T20:00:00"),
      locationName: "Kongresshaus Zürich, Claridenstrasse 5",
      latitude: 47.3664,
      longitude: 8.5341,
    }),
    sessions,
    speakers: Array.from({ length: size.speakers }, (_, k) =>
      speaker(k + 1, { name: k % 3 === 0 ? `Zoë Müller-Łukasz ${k + 1}` : `Speaker Number ${k + 1}`, organisation: `Org ${k % 40}` }),
    ),
    microlocations: Array.from({ length: size.rooms }, (_, k) =>
      room(k + 1, { name: `Room ${k + 1}`, latitude: k % 2 ? 47.366 + k / 10_000 : null, longitude: k % 2 ? 8.534 : null }),
    ),
    tracks: Array.from({ length: size.tracks }, (_, k) => track(k + 1, { name: `Track ${k + 1}: Cloud, Data & AI` })),
    sessionTypes: [1, 2, 3, 4].map((k) => sessionType(k, { name: `Type ${k}`, length: `00:${String(15 * k).padStart(2, "0")}`.replace("00:60", "01:00") })),
  });
}
