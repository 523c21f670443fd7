import { describe, expect, it } from "vitest";
import { createEvent, createSession, createSpeaker, createUser } from "../../prisma/factories";
import { loadSitemapEntries } from "./load-sitemap";

describe("loadSitemapEntries", () => {
  it("lists public events, and the public sessions and their speakers once the schedule is published; nothing private", async () => {
    const owner = await createUser();
    const open = await createEvent({ owner, state: "published", privacy: "public", schedulePublishedOn: new Date() });
    const noSchedule = await createEvent({ owner, state: "published", privacy: "public", schedulePublishedOn: null });
    const privateEvent = await createEvent({ owner, state: "published", privacy: "private", schedulePublishedOn: new Date() });
    const draft = await createEvent({ owner, state: "draft", schedulePublishedOn: new Date() });
    const speaker = await createSpeaker({ event: open });
    const silent = await createSpeaker({ event: open });
    const session = await createSession({ event: open, speakers: [speaker] });
    await createSession({ event: open, state: "pending", speakers: [silent] });
    await createSession({ event: open, deletedAt: new Date() });
    for (const event of [noSchedule, privateEvent, draft]) await createSession({ event, speakers: [await createSpeaker({ event })] });

    const entries = await loadSitemapEntries();
    expect(entries.events.map((entry) => entry.identifier).sort()).toEqual([open.identifier, noSchedule.identifier].sort());
    expect(entries.sessions).toEqual([{ id: session.id, identifier: open.identifier, lastModifiedAt: session.lastModifiedAt }]);
    expect(entries.speakers).toEqual([{ id: speaker.id, identifier: open.identifier }]);
  });
});
