import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import type { Session, Track } from "@/lib/generated/prisma/client";
import { callerAs, failure } from "@/lib/testing/api";
import { createEvent, createSession, createTrack, createUser } from "@/prisma/factories";
import * as sessionItem from "./sessions/[id]/route";
import * as sessions from "./sessions/route";
import * as trackItem from "./tracks/[id]/route";
import * as tracks from "./tracks/route";

/**
 * `GET /v1/sessions` and `GET /v1/tracks` (Open Event's lists of every event's rows): admins
 * only, each row as its own endpoint shows it; deleted rows stay out.
 */

let call: ReturnType<typeof callerAs>;
let mine: Session[];
let theirTracks: Track[];

beforeAll(async () => {
  const [owner, admin] = await Promise.all([createUser(), createUser({ isAdmin: true })]);
  const one = await createEvent({ owner });
  const draft = await createEvent({ owner, state: "draft" });
  theirTracks = [await createTrack({ event: one, name: "across-events one" }), await createTrack({ event: draft, name: "across-events two" })];
  await createTrack({ event: one, name: "across-events gone", deletedAt: new Date() });
  mine = [await createSession({ event: one, title: "across-events A" }), await createSession({ event: draft, title: "across-events B", state: "pending" })];
  call = callerAs(new Map([["owner", await signApiToken(owner)], ["admin", await signApiToken(admin)]]));
});

type Doc = { data: { id: string }[]; meta: { count: number } };

describe("GET /v1/sessions and /v1/tracks", () => {
  it("lists every event's rows to admins, each as its own endpoint shows it", async () => {
    const byTitle = encodeURIComponent(JSON.stringify([{ name: "title", op: "like", val: "across-events%" }]));
    const listed = await call(sessions.GET, "GET", `/v1/sessions?filter=${byTitle}&sort=title&page[size]=0`, "admin");
    const own = await Promise.all(mine.map(async (session) => (await call(sessionItem.GET, "GET", `/v1/sessions/${session.id}`, "admin", undefined, { id: session.id })).body.data));
    expect([listed.status, (listed.body as unknown as Doc).data]).toEqual([200, own]);

    const filter = encodeURIComponent(JSON.stringify([{ name: "name", op: "like", val: "across-events%" }]));
    const trackList = await call(tracks.GET, "GET", `/v1/tracks?filter=${filter}&sort=name`, "admin");
    const ownTracks = await Promise.all(theirTracks.map(async (track) => (await call(trackItem.GET, "GET", `/v1/tracks/${track.id}`, "admin", undefined, { id: track.id })).body.data));
    expect([trackList.status, (trackList.body as unknown as Doc).data, (trackList.body as unknown as Doc).meta]).toEqual([200, ownTracks, { count: 2 }]);
  });

  it("refuses everyone else: 403 to an organizer, 401 to the public, 400 for a bad query", async () => {
    expect(await call(sessions.GET, "GET", "/v1/sessions", "owner")).toEqual(
      failure(403, "Only admins list every event's sessions; an event's are at /v1/events/{id}/sessions"),
    );
    expect(await call(tracks.GET, "GET", "/v1/tracks", "anonymous")).toEqual(failure(401, "Sign in to list tracks"));
    expect((await call(tracks.GET, "GET", "/v1/tracks?sort=nope", "admin")).status).toBe(400);
  });
});
