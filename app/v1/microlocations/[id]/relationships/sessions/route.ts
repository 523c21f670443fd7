import { microlocationResource } from "@/lib/microlocations/resources";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(microlocationResource, "sessions");
