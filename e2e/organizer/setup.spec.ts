import { expect, test } from "@playwright/test";
import { DEV_PASSWORD, ORGANIZER_EMAIL, signIn, signUp, uniqueEmail } from "../fixtures/auth";
import { createEvent } from "../fixtures/events";

test("[ORGANIZER] edits tracks, rooms and session types on one page", async ({ page }) => {
  await signUp(page, uniqueEmail("setup"), "correct horse battery");
  const name = `Setup Conf ${Date.now().toString(36)}`;
  await createEvent(page, { name });

  const eventNav = page.getByRole("navigation", { name: "Event" });
  await expect(eventNav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await eventNav.getByRole("link", { name: "Setup" }).click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9]+\/setup$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sessions & speakers setup" })).toBeVisible();
  await expect(eventNav.getByRole("link", { name: "Setup" })).toHaveAttribute("aria-current", "page");
  await expect(eventNav.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current");

  const tracks = page.getByRole("region", { name: "Tracks" });
  const rooms = page.getByRole("region", { name: "Rooms" });
  const types = page.getByRole("region", { name: "Session types" });

  // Two tracks, then the second moved above the first with the keyboard.
  await tracks.getByRole("button", { name: "Add track" }).click();
  await expect(tracks.getByLabel("Track name")).toBeFocused();
  await tracks.getByLabel("Track name").fill("Web");
  await tracks.getByRole("button", { name: "Add track" }).click();
  await tracks.getByLabel("Track name").nth(1).fill("Keynotes");
  await tracks.getByRole("textbox", { name: "Color", exact: true }).nth(1).fill("#C026D3");
  await tracks.getByLabel("Description").nth(1).fill("Opening and closing talks");
  const moveUp = tracks.getByRole("button", { name: "Move track “Keynotes” up" });
  await moveUp.focus();
  await page.keyboard.press("Enter");
  await expect(tracks.getByLabel("Track name").first()).toHaveValue("Keynotes");
  // Focus stays with the moved entry (now first, so on its "down" button).
  await expect(tracks.getByRole("button", { name: "Move track “Keynotes” down" })).toBeFocused();

  await rooms.getByRole("button", { name: "Add room" }).click();
  await rooms.getByLabel("Room name").fill("Hall A");
  await rooms.getByLabel("Floor").fill("2");
  await rooms.getByLabel("Room number").fill("A-201");

  await types.getByRole("button", { name: "Add session type" }).click();
  await types.getByLabel("Session type name").fill("Talk");
  // Typed without the leading zero: accepted and stored as HH:MM, as the API does.
  await types.getByLabel("Length").fill("0:45");

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.reload();
  await expect(tracks.getByLabel("Track name")).toHaveCount(2);
  await expect(tracks.getByLabel("Track name").first()).toHaveValue("Keynotes");
  await expect(tracks.getByRole("textbox", { name: "Color", exact: true }).first()).toHaveValue("#c026d3");
  await expect(tracks.getByLabel("Description").first()).toHaveValue("Opening and closing talks");
  await expect(tracks.getByLabel("Track name").nth(1)).toHaveValue("Web");
  await expect(rooms.getByLabel("Room name")).toHaveValue("Hall A");
  await expect(rooms.getByLabel("Floor")).toHaveValue("2");
  await expect(rooms.getByLabel("Room number")).toHaveValue("A-201");
  await expect(types.getByLabel("Session type name")).toHaveValue("Talk");
  await expect(types.getByLabel("Length")).toHaveValue("00:45");

  // A valid rename together with an invalid length: the message is beside that length field,
  // and nothing at all is saved.
  await tracks.getByLabel("Track name").first().fill("Keynotes & panels");
  await types.getByRole("button", { name: "Add session type" }).click();
  await types.getByLabel("Session type name").nth(1).fill("Workshop");
  const badLength = types.getByLabel("Length").nth(1);
  await badLength.fill("01:75");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(badLength).toHaveAttribute("aria-invalid", "true");
  await expect(badLength).toBeFocused();
  await expect(badLength).toHaveAccessibleDescription(/Minutes must be below 60/);
  await expect(types.getByRole("listitem").nth(1).getByText("Minutes must be below 60")).toBeVisible();
  await expect(types.getByLabel("Length").first()).not.toHaveAttribute("aria-invalid", /.*/);

  await page.reload();
  await expect(tracks.getByLabel("Track name").first()).toHaveValue("Keynotes");
  await expect(types.getByLabel("Session type name")).toHaveCount(1);
  await expect(types.getByLabel("Session type name")).toHaveValue("Talk");

  // The overview counts what was saved.
  await eventNav.getByRole("link", { name: "Overview" }).click();
  const numbers = page.getByTestId("event-numbers");
  await expect(numbers.getByText("Rooms")).toBeVisible();
  await expect(numbers).toContainText("Rooms1");
  await expect(numbers).toContainText("Tracks2");
  await expect(numbers).toContainText("Session types1");
  await expect(numbers).toContainText("Days2");
});

test("[ORGANIZER] sees the demo event's numbers and the sessions that keep a room", async ({ page }) => {
  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  await page.goto("/events/ots2027");
  await expect(page.getByRole("table", { name: "Sessions by state" })).toBeVisible();
  const byState = page.getByRole("table", { name: "Sessions by state" });
  for (const state of ["Draft", "Pending", "Accepted", "Confirmed", "Rejected", "Withdrawn", "Canceled"]) {
    await expect(byState.getByRole("rowheader", { name: state })).toBeVisible();
  }
  await expect(page.getByRole("table", { name: "Accepted and confirmed sessions per day" }).getByRole("row")).toHaveCount(3);

  // Removing a room that sessions use is refused, names the room and the count, and changes nothing.
  await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Setup" }).click();
  const rooms = page.getByRole("region", { name: "Rooms" });
  await expect(rooms.getByLabel("Room name")).toHaveCount(4);
  await rooms.getByRole("button", { name: "Remove room “Main Hall”" }).click();
  await expect(rooms.getByLabel("Room name")).toHaveCount(3);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(rooms.getByRole("alert")).toHaveText(/^Room 'Main Hall' is used by \d+ sessions$/);
  await rooms.getByRole("button", { name: "Put back ‘Main Hall’" }).click();
  await expect(rooms.getByLabel("Room name").first()).toHaveValue("Main Hall");
  await page.reload();
  await expect(rooms.getByLabel("Room name")).toHaveCount(4);
});
