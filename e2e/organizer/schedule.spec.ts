import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "../fixtures/auth";
import { createEvent, setUpEvent } from "../fixtures/events";

// The browser runs in America/Los_Angeles (playwright.config.ts); the event is in Asia/Tokyo.
// Every time typed and shown on the schedule is the event's.

/** Sessions come from the API (with the browser's session cookie): this spec is about scheduling. */
async function createSession(page: Page, eventId: string, title: string, sessionTypeId: string): Promise<void> {
  const response = await page.request.post(`/v1/events/${eventId}/sessions`, {
    headers: { "content-type": "application/vnd.api+json", accept: "application/vnd.api+json" },
    data: {
      data: {
        type: "session",
        attributes: { title, state: "pending" },
        relationships: { "session-type": { data: { type: "session-type", id: sessionTypeId } } },
      },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test("[ORGANIZER] schedules a session and sees a room conflict", async ({ page }) => {
  await signUp(page, uniqueEmail("schedule"), "correct horse battery");
  const eventId = await createEvent(page, { name: `Schedule Conf ${Date.now().toString(36)}` });

  await setUpEvent(page, { rooms: ["Hall A", "Hall B"], sessionTypes: [{ name: "Talk", length: "00:45" }] });

  const typesResponse = await page.request.get(`/v1/events/${eventId}/session-types`);
  const talk = ((await typesResponse.json()) as { data: { id: string }[] }).data[0];
  if (!talk) throw new Error("The session type was not saved");
  await createSession(page, eventId, "Opening keynote", talk.id);
  await createSession(page, eventId, "Lightning talks", talk.id);

  await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Schedule" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Schedule" })).toBeVisible();
  await expect(page.getByText("Asia/Tokyo (GMT+9)")).toBeVisible();
  const days = page.getByRole("tablist", { name: "Days" });
  await expect(days.getByRole("tab")).toHaveText(["Wed 5 Mar", "Thu 6 Mar"]);
  await expect(days.getByRole("tab", { name: "Wed 5 Mar" })).toHaveAttribute("aria-selected", "true");
  const unscheduled = page.getByRole("region", { name: /Unscheduled/ });
  await expect(unscheduled.getByRole("listitem")).toHaveCount(2);

  // Schedule the keynote; the duration defaults to its type's length.
  await unscheduled.getByRole("button", { name: "Schedule “Opening keynote”" }).click();
  let dialog = page.getByRole("dialog", { name: "Schedule “Opening keynote”" });
  await expect(dialog.getByLabel("Duration (minutes)")).toHaveValue("45");
  await expect(dialog.getByLabel("Room")).toHaveValue(/\d+/);
  await dialog.getByLabel("Room").selectOption({ label: "Hall A" });
  // Before the event starts: refused by the session rules, beside the start.
  await dialog.getByLabel("Start").fill("2031-03-05T08:00");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText(/Must not be before the event starts/)).toBeVisible();
  await expect(dialog.getByLabel("Start")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Start").fill("2031-03-05T10:00");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Scheduled “Opening keynote” in Hall A, Wed, 5 Mar 2031, 10:00–10:45." })).toBeVisible();

  const grid = page.getByTestId("schedule-grid");
  const keynote = grid.getByRole("button", { name: /^“Opening keynote”, 10:00–10:45, Hall A[.,]/ });
  await expect(keynote).toBeVisible();
  await expect(unscheduled.getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("region", { name: /Conflicts/ })).toHaveCount(0);

  // The second session into the same room at an overlapping time: warned, allowed, flagged.
  await unscheduled.getByRole("button", { name: "Schedule “Lightning talks”" }).click();
  dialog = page.getByRole("dialog", { name: "Schedule “Lightning talks”" });
  await dialog.getByLabel("Room").selectOption({ label: "Hall A" });
  await dialog.getByLabel("Start").fill("2031-03-05T10:30");
  await expect(dialog.getByText("Room “Hall A” is also booked for “Opening keynote” (Wed, 5 Mar 2031, 10:30–10:45).")).toBeVisible();
  await dialog.getByRole("button", { name: "Save anyway" }).click();
  await expect(dialog).toBeHidden();

  const conflicts = page.getByRole("region", { name: "Conflicts (1)" });
  await expect(conflicts).toContainText(
    "Room “Hall A”: Opening keynote and Lightning talks are in the same room at once (Wed, 5 Mar 2031, 10:30–10:45).",
  );
  await expect(conflicts.getByRole("link", { name: "Lightning talks" })).toHaveAttribute("href", /\/sessions\/\d+$/);
  await expect(grid.getByRole("button", { name: /has a conflict/ })).toHaveCount(2);
  await expect(keynote).toHaveAttribute("data-conflict", "true");
  await expect(keynote).toContainText("Conflict");

  // Moving it to the other room resolves the conflict.
  await grid.getByRole("button", { name: /^“Lightning talks”/ }).click();
  dialog = page.getByRole("dialog", { name: "Schedule “Lightning talks”" });
  await expect(dialog.getByLabel("Start")).toHaveValue("2031-03-05T10:30");
  await dialog.getByLabel("Room").selectOption({ label: "Hall B" });
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("region", { name: /Conflicts/ })).toHaveCount(0);
  await expect(grid.getByRole("button", { name: /^“Lightning talks”, 10:30–11:15, Hall B\./ })).toBeVisible();

  // The schedule is stored: a reload shows the same, and unscheduling puts a session back in the list.
  await page.reload();
  await grid.getByRole("button", { name: /^“Opening keynote”/ }).click();
  dialog = page.getByRole("dialog", { name: "Schedule “Opening keynote”" });
  await dialog.getByRole("button", { name: "Unschedule" }).click();
  await expect(dialog).toBeHidden();
  await expect(unscheduled.getByRole("button", { name: "Schedule “Opening keynote”" })).toBeVisible();
  await expect(grid.getByRole("button", { name: /^“Opening keynote”/ })).toHaveCount(0);
});
