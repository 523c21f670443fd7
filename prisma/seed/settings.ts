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
