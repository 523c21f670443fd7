import type { EventContentKind } from "../content/kind";
import { trackResource } from "./resource";
import { createTrackSchema, updateTrackSchema } from "./schemas";

export const trackKind: EventContentKind = {
  resource: trackResource,
  label: "Track",
  model: "track",
  createSchema: createTrackSchema,
  updateSchema: updateTrackSchema,
  usedBy: "trackId",
};
