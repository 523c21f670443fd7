import type { Microlocation } from "../generated/prisma/client";
import { eventRelationship, sessionsRelationship } from "../content/relationships";
import { defineContentResource } from "../content/resource";
import { writable } from "../jsonapi/resource";
import { createMicrolocationSchema, microlocationDefaults, updateMicrolocationSchema } from "./schemas";

export const microlocationResource = defineContentResource<Microlocation>({
  type: "microlocation",
  path: "microlocations",
  model: "Microlocation",
  attributes: {
    name: writable({ sortable: true, filter: "string" }),
    floor: writable({ sortable: true, filter: "integer", nullable: true }),
    room: writable({ sortable: true, filter: "string", nullable: true }),
    latitude: writable({ filter: "number", nullable: true }),
    longitude: writable({ filter: "number", nullable: true }),
    position: writable({ sortable: true, filter: "integer" }),
    hiddenInScheduler: writable({ filter: "boolean" }),
  },
  relationships: { event: eventRelationship, sessions: sessionsRelationship },
  defaults: microlocationDefaults,
  defaultSort: "position,name",
  label: "Microlocation",
  createSchema: createMicrolocationSchema,
  updateSchema: updateMicrolocationSchema,
  usedBy: "microlocationId",
});
