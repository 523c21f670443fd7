import type { Prisma } from "../../lib/generated/prisma/client";
import { NOTIFICATION_ACTIONS } from "../../lib/notifications/schemas";

/**
 * Open Event Server's defaults for derived image sizes (its `event_image_sizes` and
 * `speaker_image_sizes` rows), so that exports and API clients see the same numbers.
 */
export const IMAGE_SIZES: Prisma.ImageSizesCreateManyInput[] = [
  {
    type: "event",
    fullWidth: 1300,
    fullHeight: 500,
    fullAspect: true,
    fullQuality: 80,
    iconWidth: 75,
    iconHeight: 30,
    iconAspect: true,
    iconQuality: 80,
    thumbnailWidth: 500,
    thumbnailHeight: 200,
    thumbnailAspect: true,
    thumbnailQuality: 80,
  },
  {
    // Speakers have no "full" size in Open Event: the uploaded original is kept as is.
    type: "speaker",
    fullWidth: null,
    fullHeight: null,
    fullQuality: null,
    iconWidth: 35,
    iconHeight: 35,
    iconAspect: true,
    iconQuality: 80,
    smallWidth: 50,
    smallHeight: 50,
    smallAspect: true,
    smallQuality: 80,
    thumbnailWidth: 100,
    thumbnailHeight: 100,
    thumbnailAspect: true,
    thumbnailQuality: 80,
  },
];

/** Every action that can send mail or a notification (the catalogue's list); all enabled by default. */
export const MESSAGE_ACTIONS = NOTIFICATION_ACTIONS;

/** The platform's settings row (Open Event's id 1). */
export const PLATFORM_SETTINGS: Prisma.SettingCreateInput = {
  id: 1,
  appName: "Open Event",
  tagline: "Run conferences: sessions, speakers, schedules and the call for speakers",
  supportUrl: "https://github.com/fossasia/open-event-server/issues",
  githubUrl: "https://github.com/fossasia",
};

/** The footer's static pages; admins edit them at /admin/pages. */
export const FOOTER_PAGES: Prisma.PageCreateManyInput[] = [
  {
    name: "About",
    title: "About Open Event",
    url: "about",
    place: "footer",
    index: 0,
    description:
      "<p>Open Event is an open-source platform for conferences: organizers run sessions, speakers, rooms, tracks and the call for speakers; attendees browse the schedule and put sessions into their calendars.</p>",
  },
  {
    name: "Terms",
    title: "Terms of service",
    url: "terms",
    place: "footer",
    index: 1,
    description:
      "<p>By using this site you agree to use it lawfully and to respect other users. Organizers are responsible for the events they publish and for the data of their speakers.</p>",
  },
  {
    name: "Privacy",
    title: "Privacy policy",
    url: "privacy",
    place: "footer",
    index: 2,
    description:
      "<p>We keep the data you enter to run the events you take part in. Speakers' e-mail addresses are shown only to the organizers of their events and never in public pages, feeds or exports.</p>",
  },
];
