import { expect, test, type Page } from "@playwright/test";
import { DEV_PASSWORD, signIn, signOut, signUp, uniqueEmail } from "../fixtures/auth";
import { acceptOpenSession, createEvent, includeSessionFields, setUpEvent } from "../fixtures/events";

/** The seeded speaker account (prisma/seed): a user who speaks at events. */
const SPEAKER_EMAIL = "speaker@example.com";

/** Creates a speaker from the session form's picker and waits until it is among the chosen ones. */
async function addNewSpeaker(page: Page, name: string, email: string): Promise<void> {
  const speakers = page.getByRole("region", { name: "Speakers" });
  await speakers.getByRole("button", { name: "Add new speaker" }).click();
  await speakers.getByLabel("Speaker name").fill(name);
  await speakers.getByLabel("Speaker email").fill(email);
  await speakers.getByRole("button", { name: "Add speaker" }).click();
  await expect(speakers.getByRole("list", { name: "Chosen speakers" }).getByText(name)).toBeVisible();
}

test("[ORGANIZER] sets up an event and a session with two speakers; [SPEAKER] sees it under My sessions → upcoming with a green label", async ({
  page,
}) => {
  // A long flow across two accounts: allow it more than the default minute on a loaded machine.
  test.setTimeout(120_000);
  const title = `Realtime collaboration ${Date.now().toString(36)}`;

  // [ORGANIZER] an event in the future.
  await signUp(page, uniqueEmail("acceptance"), "correct horse battery");
  const eventId = await createEvent(page, {
    name: `Acceptance Conf ${Date.now().toString(36)}`,
    timezone: "Europe/Berlin",
    startsAt: "2031-06-10T09:00",
    endsAt: "2031-06-11T18:00",
  });

  // A track, a room and a session type on one page, saved together.
  await setUpEvent(page, { tracks: ["Web"], rooms: ["Hall A"], sessionTypes: [{ name: "Talk", length: "00:45" }] });
  // Its session form asks for what the session below fills in.
  await includeSessionFields(page, ["Long Abstract", "Track", "Session Type"]);

  // A session with two speakers: one with the speaker account's email (linked to that user),
  // one with an address that has no account (the speaker form requires an email).
  await page.goto(`/events/${eventId}/sessions/new`);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Long abstract" }).fill("Building editors that several people type into at once.");
  await page.getByLabel("Track").selectOption({ label: "Web" });
  await page.getByLabel("Session type").selectOption({ label: "Talk (00:45)" });
  await page.getByLabel("Starts as").selectOption("pending");
  await addNewSpeaker(page, "Priya Raman", SPEAKER_EMAIL);
  await addNewSpeaker(page, "Sam Okafor", uniqueEmail("okafor"));
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}/sessions/\\d+$`));
  const sessionUrl = page.url();

  // Scheduled on the Schedule page.
  await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Schedule" }).click();
  await page.getByRole("region", { name: /Unscheduled/ }).getByRole("button", { name: `Schedule “${title}”` }).click();
  const dialog = page.getByRole("dialog", { name: `Schedule “${title}”` });
  await expect(dialog.getByLabel("Duration (minutes)")).toHaveValue("45");
  await dialog.getByLabel("Room").selectOption({ label: "Hall A" });
  await dialog.getByLabel("Start").fill("2031-06-10T11:00");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("schedule-grid").getByRole("button", { name: new RegExp(`^“${title}”, 11:00–11:45, Hall A\\.`) })).toBeVisible();

  // Accepted on the session's page.
  await page.goto(sessionUrl);
  await acceptOpenSession(page);

  // [SPEAKER] My sessions → Upcoming, with a green "Accepted" label.
  await signOut(page);
  await signIn(page, SPEAKER_EMAIL, DEV_PASSWORD);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My sessions" }).click();
  await expect(page).toHaveURL(/\/my-sessions$/);
  const upcoming = page.getByRole("region", { name: /Upcoming/ });
  const card = upcoming.getByRole("listitem").filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(page.getByRole("region", { name: /Past/ }).getByText(title)).toHaveCount(0);
  const label = card.locator("[data-state]");
  await expect(label).toHaveText(/^accepted$/i);
  await expect(label).toHaveAttribute("data-tone", "green");
  // Times in the event's zone (the browser is in Los Angeles), with the zone named.
  await expect(card).toContainText("Tue, 10 Jun 2031, 11:00 – 11:45 (Europe/Berlin (GMT+2)) · Hall A");

  await card.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("session-state")).toHaveText(/accepted/i);
  await expect(page.getByTestId("session-state").locator("[data-state]")).toHaveAttribute("data-tone", "green");
  await expect(page.getByText("Tue, 10 Jun 2031, 11:00 – 11:45 (Europe/Berlin (GMT+2))")).toBeVisible();
  await expect(page.getByRole("region", { name: "Abstract" }).getByText("Building editors that several people type into at once.")).toBeVisible();
  await expect(page.getByText("Priya Raman, Sam Okafor")).toBeVisible();
  // In the session's details (the edit form below offers every type and track).
  await expect(page.getByRole("definition").filter({ hasText: /^Talk$/ })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Web$/ })).toBeVisible();
});
