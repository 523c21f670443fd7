import type { EventContentKind } from "../content/kind";
import { microlocationResource } from "./resource";
import { createMicrolocationSchema, updateMicrolocationSchema } from "./schemas";

export const microlocationKind: EventContentKind = {
  resource: microlocationResource,
  label: "Microlocation",
  model: "microlocation",
  createSchema: createMicrolocationSchema,
  updateSchema: updateMicrolocationSchema,
  usedBy: "microlocationId",
};
