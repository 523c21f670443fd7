import type { SessionType } from "../generated/prisma/client";
import { eventRelationship, sessionsRelationship } from "../content/relationships";
import { defineContentResource } from "../content/resource";
import { writable } from "../jsonapi/resource";
import { createSessionTypeSchema, sessionTypeDefaults, updateSessionTypeSchema } from "./schemas";

export const sessionTypeResource = defineContentResource<SessionType>({
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
  label: "Session type",
  createSchema: createSessionTypeSchema,
  updateSchema: updateSessionTypeSchema,
  usedBy: "sessionTypeId",
});
