import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "../fixtures/auth";
import { createEvent } from "../fixtures/events";

async function addSpeakerInline(page: Page, name: string, email: string): Promise<void> {
  await page.getByRole("button", { name: "Add new speaker" }).click();
  await expect(page.getByLabel("Speaker name")).toBeFocused();
  await page.getByLabel("Speaker name").fill(name);
  await page.getByLabel("Speaker email").fill(email);
  await page.getByRole("button", { name: "Add speaker", exact: true }).click();
  await expect(page.getByRole("list", { name: "Chosen speakers" }).getByText(name)).toBeVisible();
}

test("[ORGANIZER] adds a session with two speakers and accepts it", async ({ page }) => {
  await signUp(page, uniqueEmail("sessions"), "correct horse battery");
  const name = `Sessions Conf ${Date.now().toString(36)}`;
  await createEvent(page, { name });

  const eventNav = page.getByRole("navigation", { name: "Event" });
  await eventNav.getByRole("link", { name: "Sessions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
  await expect(page.getByText("No sessions yet.")).toBeVisible();
  await page.getByRole("link", { name: "New session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New session" })).toBeVisible();

  // The schema's rules show beside the fields before anything is sent.
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveAccessibleDescription(/Title is required/);

  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Building calendars that keep time");
  await page.getByRole("textbox", { name: "Short abstract" }).fill("Time zones, DST and the iCalendar rules that tame them.");
  await addSpeakerInline(page, "Ada Lovelace", uniqueEmail("ada"));
  await addSpeakerInline(page, "Grace Hopper", uniqueEmail("grace"));
  // Times are the event's wall times (Tokyo), whatever the browser's zone.
  await page.getByLabel("Starts", { exact: true }).fill("2031-03-05T10:00");
  await page.getByLabel("Ends", { exact: true }).fill("2031-03-05T10:45");
  await page.getByRole("button", { name: "Create session" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Building calendars that keep time" })).toBeVisible();
  await expect(page.getByText("Wed, 5 Mar 2031, 10:00 – 10:45 (Asia/Tokyo)")).toBeVisible();
  const chosen = page.getByRole("list", { name: "Chosen speakers" });
  await expect(chosen.getByRole("listitem")).toHaveText(["Ada Lovelace×", "Grace Hopper×"]);

  // Only the transitions allowed from "pending" are offered.
  const state = page.getByRole("region", { name: "State" });
  await expect(state.getByTestId("session-state")).toHaveText("pending");
  await expect(state.getByRole("button")).toHaveText(["Accept", "Reject"]);
  await state.getByRole("button", { name: "Accept" }).click();
  await expect(state.getByRole("status")).toHaveText("Session accepted.");
  await expect(state.getByTestId("session-state")).toHaveText("accepted");
  await expect(state.getByRole("button")).toHaveText(["Confirm", "Reject", "Cancel session", "Back to pending"]);

  // The list shows it accepted (green), with both speakers and its time in Tokyo.
  await eventNav.getByRole("link", { name: "Sessions" }).click();
  const row = page.getByRole("row", { name: /Building calendars that keep time/ });
  await expect(row).toContainText("Ada Lovelace, Grace Hopper");
  await expect(row).toContainText("Wed, 5 Mar 2031, 10:00 – 10:45");
  const badge = row.getByText("accepted", { exact: true });
  await expect(badge).toHaveAttribute("data-tone", "green");

  // Filter by state: accepted keeps it, pending hides it; the filters live in the URL.
  const filters = page.getByRole("search", { name: "Filter sessions" });
  await filters.getByLabel("State").selectOption("pending");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]state=pending/);
  await expect(page.getByText("No session matches these filters.")).toBeVisible();
  await filters.getByLabel("State").selectOption("accepted");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]state=accepted/);
  await expect(page.getByTestId("sessions-count")).toHaveText("1 session matches the filters");
  await expect(row).toBeVisible();

  // Filter by text: a speaker's name finds it, other text does not.
  await filters.getByLabel("State").selectOption("");
  await filters.getByLabel("Search").fill("hopper");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]q=hopper/);
  await expect(row).toBeVisible();
  await filters.getByLabel("Search").fill("kubernetes");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No session matches these filters.")).toBeVisible();

  // A shared link reproduces the filtered list.
  await page.goto(`${new URL(page.url()).pathname}?q=calendars&state=accepted`);
  await expect(page.getByRole("row", { name: /Building calendars that keep time/ })).toBeVisible();
  await expect(page.getByRole("search", { name: "Filter sessions" }).getByLabel("Search")).toHaveValue("calendars");
});
