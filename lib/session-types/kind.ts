import type { EventContentKind } from "../content/kind";
import { sessionTypeResource } from "./resource";
import { createSessionTypeSchema, updateSessionTypeSchema } from "./schemas";

export const sessionTypeKind: EventContentKind = {
  resource: sessionTypeResource,
  label: "Session type",
  model: "sessionType",
  createSchema: createSessionTypeSchema,
  updateSchema: updateSessionTypeSchema,
  usedBy: "sessionTypeId",
};
