import { microlocationResource } from "@/lib/microlocations/resource";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(microlocationResource, "sessions");
