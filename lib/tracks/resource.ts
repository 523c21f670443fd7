import type { Track } from "../generated/prisma/client";
import { eventRelationship, sessionsRelationship } from "../content/relationships";
import { defineResource, writable, type ResourceDef } from "../jsonapi/resource";
import { fontColor } from "./font-color";
import { trackDefaults } from "./schemas";

export const trackResource: ResourceDef<Track> = defineResource<Track>({
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
});
