import type { Track } from "../generated/prisma/client";
import { eventRelationship, sessionsRelationship } from "../content/relationships";
import { defineContentResource } from "../content/resource";
import { writable } from "../jsonapi/resource";
import { fontColor } from "./font-color";
import { createTrackSchema, trackDefaults, updateTrackSchema } from "./schemas";

export const trackResource = defineContentResource<Track>({
  type: "track",
  path: "tracks",
  model: "Track",
  attributes: {
    name: writable({ sortable: true, filter: "string" }),
    description: writable(),
    color: writable({ filter: "string" }),
    fontColor: { get: (track) => fontColor(track.color) },
    position: writable({ sortable: true, filter: "integer" }),
  },
  relationships: { event: eventRelationship, sessions: sessionsRelationship },
  defaults: trackDefaults,
  defaultSort: "position,name",
  label: "Track",
  createSchema: createTrackSchema,
  updateSchema: updateTrackSchema,
  usedBy: "trackId",
});
