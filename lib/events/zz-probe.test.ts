import { test } from "vitest";
import { db } from "../db";
import { createEvent as row, createUser, createEventTopic } from "../../prisma/factories";
import { getEvent } from "./get-event";
test("probe", async () => {
  const u = await createUser();
  const e = await row({ owner: u, eventTopicId: (await createEventTopic()).id });
  (db as unknown as { $on: (e: string, f: (q: { query: string }) => void) => void }).$on("query", (q) => console.log(q.query.slice(0, 150)));
  await getEvent({ ...u }, e.id, "event.view", { include: { eventTopic: {}, eventType: {}, eventSubTopic: {} } });
});
