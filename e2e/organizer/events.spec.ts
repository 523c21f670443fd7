import { expect, test } from "@playwright/test";
import { DEV_PASSWORD, openMyEvents, ORGANIZER_EMAIL, signIn, signOut, signUp, uniqueEmail } from "../fixtures/auth";
import { createEvent } from "../fixtures/events";

// The browser runs in America/Los_Angeles (playwright.config.ts) while the events below are in
// Europe/Berlin and Asia/Singapore: every time on screen must be the event's, not the browser's.

test("[ORGANIZER] is sent to sign in before the dashboard", async ({ page }) => {
  await page.goto("/events/new");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fevents%2Fnew$/);
});

test("[ORGANIZER] creates and publishes an event", async ({ page }) => {
  const email = uniqueEmail();
  const password = "correct horse battery";
  const name = `Berlin Open Source Day ${Date.now().toString(36)}`;

  await signUp(page, email, password);
  await signOut(page);
  await signIn(page, email, password);

  await openMyEvents(page);
  await expect(page.getByRole("heading", { name: "No events yet" })).toBeVisible();
  await page.getByRole("link", { name: "Create event", exact: true }).click();
  await expect(page).toHaveURL(/\/events\/new$/);

  // Submitting the empty form shows the shared schema's messages beside the fields.
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("Name is required")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Name").fill(name);
  await expect(page.getByText("Name is required")).toBeHidden();

  // The searchable zone picker: type, then pick with the keyboard.
  const zone = page.getByRole("combobox", { name: "Time zone" });
  await zone.fill("berlin");
  await expect(page.getByRole("option", { name: /Europe\/Berlin/ })).toBeVisible();
  await zone.press("ArrowDown");
  await zone.press("Enter");
  await expect(zone).toHaveValue("Europe/Berlin");
  await expect(page.getByText("In the event's time zone (Europe/Berlin).").first()).toBeVisible();

  // An end before the start is refused as you type.
  await page.getByLabel("Starts").fill("2031-06-10T09:00");
  await page.getByLabel("Ends").fill("2031-06-10T08:00");
  await page.getByLabel("Ends").blur();
  await expect(page.getByText("Must be after the start")).toBeVisible();
  await page.getByLabel("Ends").fill("2031-06-10T17:30");
  await expect(page.getByText("Must be after the start")).toBeHidden();

  await page.getByLabel("Location").fill("c-base, Rungestraße 20, Berlin");
  await page.getByLabel("Description").fill("A day of talks about open source.\n\nBring your laptop.");
  await page.getByRole("button", { name: "Create event" }).click();

  // The overview shows the draft in the event's zone.
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("event-state")).toHaveText("Draft");
  await expect(page.getByText("Tue, 10 Jun 2031, 09:00 – 17:30")).toBeVisible();
  await expect(page.getByText("Europe/Berlin (GMT+2)")).toBeVisible();
  const overviewUrl = page.url();

  // Editing shows the same wall times the organizer typed.
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Starts")).toHaveValue("2031-06-10T09:00");
  await expect(page.getByLabel("Ends")).toHaveValue("2031-06-10T17:30");
  await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("Europe/Berlin");
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL(overviewUrl);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("event-state")).toHaveText("Published");
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();

  await openMyEvents(page);
  const row = page.getByRole("listitem").filter({ hasText: name });
  await expect(row).toContainText("Published");
  await expect(row).toContainText("Tue, 10 Jun 2031, 09:00 – 17:30");

  // The public page, seen by a visitor who is not signed in.
  await row.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "View public page" }).click();
  await expect(page).toHaveURL(/\/e\/[a-z0-9]+$/);
  const publicUrl = page.url();
  await signOut(page);
  await page.goto(publicUrl);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Tue, 10 Jun 2031, 09:00 – 17:30")).toBeVisible();
  await expect(page.getByText("Time zone: Europe/Berlin (GMT+2)")).toBeVisible();
  await expect(page.getByText("c-base, Rungestraße 20, Berlin")).toBeVisible();
  await expect(page.getByText("Bring your laptop.")).toBeVisible();

  // …and on the home page's upcoming events.
  await page.goto("/");
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("[ORGANIZER] sees the demo event", async ({ page }) => {
  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  await openMyEvents(page);
  const row = page.getByRole("listitem").filter({ hasText: "Open Tech Summit 2027" });
  await expect(row).toContainText("Published");
  await expect(row).toContainText("Thu, 11 Mar 2027, 09:00 – Fri, 12 Mar 2027, 18:00");
  await expect(row).toContainText("Asia/Singapore (GMT+8)");

  await row.getByRole("link", { name: "Open Tech Summit 2027" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open Tech Summit 2027" })).toBeVisible();
  await page.getByRole("link", { name: "View public page" }).click();
  await expect(page).toHaveURL(/\/e\/ots2027$/);
  await expect(page.getByText("Time zone: Asia/Singapore (GMT+8)")).toBeVisible();
});

test("[ORGANIZER] deletes an event after confirming", async ({ page }) => {
  const email = uniqueEmail("deleter");
  await signUp(page, email, "correct horse battery");
  const name = `Short-lived meetup ${Date.now().toString(36)}`;
  await createEvent(page, { name, timezone: "Asia/Tokyo", startsAt: "2031-01-05T18:00", endsAt: "2031-01-05T21:00" });
  await expect(page.getByText("Sun, 5 Jan 2031, 18:00 – 21:00")).toBeVisible();

  await page.getByRole("button", { name: "Delete event" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this event?" });
  await expect(dialog).toBeVisible();
  // Escape cancels without deleting.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Delete event" }).click();
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByRole("heading", { name: "No events yet" })).toBeVisible();
});
