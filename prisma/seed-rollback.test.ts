import { expect, it } from "vitest";
import { db } from "../lib/db";
import { createEventTopic } from "./factories";
import { seedIfEmpty } from "./seed";

// In its own file because it needs a database without users (each test file gets a fresh one).
it("leaves the database as it was when seeding fails half-way", async () => {
  // A topic with a seeded slug makes the seed fail after it has already written the users.
  await createEventTopic({ name: "Music", slug: "music" });
  await expect(seedIfEmpty()).rejects.toThrow();
  expect(await db.user.count()).toBe(0);
  expect(await db.eventTopic.count()).toBe(1);

  await db.eventTopic.deleteMany();
  expect(await seedIfEmpty()).toBe(true);
  expect(await db.user.count()).toBe(3);
});
