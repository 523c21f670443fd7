import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { uniqueEmail } from "../fixtures/auth";
import { linkIn, waitForMail } from "../team/outbox";

/** Who opens a page: the seeded accounts (prisma/seed/users.ts) or nobody. */
export type Role = "attendee" | "organizer" | "speaker" | "admin";

/** What a page's `open` may use: the page that will show it, and the other roles' pages. */
export interface OpenContext {
  page: Page;
  pageOf: (role: Role) => Page;
}

export interface PageCheck {
  role: Role;
  /**
   * The address to open: a path, or how to find one (the first link of a list page whose path
   * matches, a mailed link), so ids come from the data the way a person reaches them.
   */
  open: string | ((context: OpenContext) => Promise<string>);
  /** Where the page lands when it redirects. */
  landsOn?: string;
  /** What shows that the page has loaded what it fetches in the browser. */
  ready?: (page: Page) => Promise<void>;
}

/** The demo event of the seed, owned by the seeded organizer. */
export const EVENT = "ots2027";
const dashboard = `/events/${EVENT}`;
const site = `/e/${EVENT}`;

/**
 * The first link on `list` whose path matches `pattern`. Lists filled by background jobs (the
 * mail log) may still be empty: the list is read again until such a link is there.
 */
export const firstLink =
  (list: string, pattern: RegExp) =>
  async ({ page }: OpenContext): Promise<string> => {
    let href: string | undefined;
    await expect(async () => {
      await page.goto(list);
      const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      href = hrefs.find((candidate) => pattern.test(candidate));
      expect(href, `a link matching ${pattern} on ${list}`).toBeDefined();
    }).toPass({ timeout: 30_000 });
    return href!;
  };

/** A fresh invitation to the demo event, sent by the organizer; its link as mailed. */
async function invitationLink({ pageOf }: OpenContext): Promise<string> {
  const organizer = pageOf("organizer");
  const event = (await (await organizer.request.get(`/v1/events/${EVENT}`)).json()) as { data: { id: string } };
  const email = uniqueEmail("a11y-invitee");
  const created = await organizer.request.post("/v1/role-invites", {
    headers: { "content-type": "application/vnd.api+json", accept: "application/vnd.api+json" },
    data: {
      data: {
        type: "role-invite",
        attributes: { email, "role-name": "coorganizer" },
        relationships: { event: { data: { type: "event", id: event.data.id } } },
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return linkIn(await waitForMail(email, /invite/), /^\/invites\/[A-Za-z0-9_-]{43}$/);
}

/**
 * Every page of the app (by its route under app/, route groups left out) and how the
 * accessibility spec opens it. A unit check in the spec fails when a page.tsx is missing here.
 * The invitation page's address comes from a mailed link; the spec supplies it.
 */
export const PAGES: Record<string, PageCheck> = {
  // Public site and auth pages, not signed in.
  "/": { role: "attendee", open: "/" },
  "/e/[identifier]": { role: "attendee", open: site },
  "/e/[identifier]/schedule": { role: "attendee", open: `${site}/schedule` },
  "/e/[identifier]/schedule/embed": { role: "attendee", open: `${site}/schedule/embed` },
  "/e/[identifier]/sessions/[sessionId]": { role: "attendee", open: firstLink(`${site}/schedule`, /^\/e\/ots2027\/sessions\/\d+$/) },
  "/e/[identifier]/speakers": { role: "attendee", open: `${site}/speakers` },
  "/e/[identifier]/speakers/[speakerId]": { role: "attendee", open: firstLink(`${site}/speakers`, /^\/e\/ots2027\/speakers\/\d+$/) },
  "/sign-in": { role: "attendee", open: "/sign-in" },
  "/sign-up": { role: "attendee", open: "/sign-up" },
  "/forgot-password": { role: "attendee", open: "/forgot-password" },
  "/reset-password": { role: "attendee", open: "/reset-password" },
  "/confirm-email": { role: "attendee", open: "/confirm-email" },
  "/invites/[hash]": { role: "attendee", open: invitationLink },
  "/pages/[url]": { role: "attendee", open: "/pages/about" },

  // A speaker's own pages.
  "/e/[identifier]/propose": { role: "speaker", open: `${site}/propose` },
  "/my-sessions": { role: "speaker", open: "/my-sessions" },
  "/my-sessions/profile": { role: "speaker", open: "/my-sessions/profile" },
  "/my-sessions/[sessionId]": { role: "speaker", open: firstLink("/my-sessions", /^\/my-sessions\/\d+$/) },
  "/sign-out": { role: "speaker", open: "/sign-out" },

  // The organizer's dashboard, on the demo event.
  "/events": { role: "organizer", open: "/events" },
  "/events/new": { role: "organizer", open: "/events/new" },
  "/events/import": { role: "organizer", open: "/events/import" },
  "/account": { role: "organizer", open: "/account" },
  "/calendar": { role: "organizer", open: "/calendar" },
  "/notifications": {
    role: "organizer",
    open: "/notifications",
    ready: async (page) => {
      // The spec leaves an unread notification (a finished export) for this page to show.
      await expect(page.getByRole("list", { name: "Notifications" }).getByRole("listitem").first()).toBeVisible();
    },
  },
  "/events/[eventId]": { role: "organizer", open: dashboard },
  "/events/[eventId]/edit": { role: "organizer", open: `${dashboard}/edit` },
  "/events/[eventId]/export": {
    role: "organizer",
    open: `${dashboard}/export`,
    ready: async (page) => {
      await expect(page.getByLabel("API response")).toContainText('"type": "event"');
    },
  },
  "/events/[eventId]/schedule": { role: "organizer", open: `${dashboard}/schedule` },
  "/events/[eventId]/sessions": { role: "organizer", open: `${dashboard}/sessions` },
  "/events/[eventId]/sessions/new": { role: "organizer", open: `${dashboard}/sessions/new` },
  "/events/[eventId]/sessions/[sessionId]": { role: "organizer", open: firstLink(`${dashboard}/sessions`, /^\/events\/ots2027\/sessions\/\d+$/) },
  "/events/[eventId]/forms": { role: "organizer", open: `${dashboard}/forms` },
  "/events/[eventId]/setup": { role: "organizer", open: `${dashboard}/setup` },
  "/events/[eventId]/social-links": { role: "organizer", open: `${dashboard}/social-links` },
  "/events/[eventId]/speakers": { role: "organizer", open: `${dashboard}/speakers` },
  "/events/[eventId]/speakers/new": { role: "organizer", open: `${dashboard}/speakers/new` },
  "/events/[eventId]/speakers/[speakerId]": { role: "organizer", open: firstLink(`${dashboard}/speakers`, /^\/events\/ots2027\/speakers\/\d+$/) },
  "/events/[eventId]/sponsors": { role: "organizer", open: `${dashboard}/sponsors` },
  "/events/[eventId]/team": { role: "organizer", open: `${dashboard}/team` },
  "/events/[eventId]/tickets": { role: "organizer", open: `${dashboard}/tickets` },

  // The admin area.
  "/admin": {
    role: "admin",
    open: "/admin",
    ready: async (page) => {
      // The charts draw in the browser (recharts measures its box first).
      await expect(page.getByTestId("mails-chart-chart").locator("svg.recharts-surface")).toBeVisible();
    },
  },
  "/admin/users": { role: "admin", open: "/admin/users" },
  "/admin/users/[id]": { role: "admin", open: firstLink("/admin/users", /^\/admin\/users\/\d+$/) },
  "/admin/events": { role: "admin", open: "/admin/events" },
  "/admin/sessions": { role: "admin", open: "/admin/sessions" },
  "/admin/event-topics": { role: "admin", open: "/admin/event-topics" },
  "/admin/event-topics/[id]": { role: "admin", open: firstLink("/admin/event-topics", /^\/admin\/event-topics\/\d+$/) },
  "/admin/event-types": { role: "admin", open: "/admin/event-types" },
  "/admin/image-sizes": { role: "admin", open: "/admin/image-sizes" },
  "/admin/mails": { role: "admin", open: "/admin/mails" },
  "/admin/mails/[id]": { role: "admin", open: firstLink("/admin/mails", /^\/admin\/mails\/\d+$/) },
  "/admin/messages": { role: "admin", open: "/admin/messages" },
  "/admin/settings": { role: "admin", open: "/admin/settings" },
  "/admin/pages": { role: "admin", open: "/admin/pages" },
  "/admin/pages/new": { role: "admin", open: "/admin/pages/new" },
  "/admin/pages/[id]": { role: "admin", open: firstLink("/admin/pages", /^\/admin\/pages\/\d+$/) },
};

/** The route of every page.tsx under `app/`: route groups `(name)` do not count, as in Next.js. */
export function appRoutes(appDir = path.resolve("app")): string[] {
  return fs
    .readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path.dirname(file).split(path.sep).filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
      return `/${segments.join("/")}`;
    });
}
