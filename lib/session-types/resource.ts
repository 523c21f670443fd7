import type { SessionType } from "../generated/prisma/client";
import { eventRelationship, sessionsRelationship } from "../content/relationships";
import { defineResource, writable, type ResourceDef } from "../jsonapi/resource";
import { sessionTypeDefaults } from "./schemas";

export const sessionTypeResource: ResourceDef<SessionType> = defineResource<SessionType>({
  type: "session-type",
  path: "session-types",
  model: "SessionType",
  attributes: {
    name: writable({ sortable: true, filter: "string" }),
    length: writable({ sortable: true, filter: "string" }),
    position: writable({ sortable: true, filter: "integer" }),
  },
  relationships: { event: eventRelationship, sessions: sessionsRelationship },
  defaults: sessionTypeDefaults,
  defaultSort: "position,name",
});
