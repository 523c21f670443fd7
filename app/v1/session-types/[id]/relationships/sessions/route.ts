import { relationshipRoute } from "@/lib/related/routes";
import { sessionTypeResource } from "@/lib/session-types/resource";

export const { GET } = relationshipRoute(sessionTypeResource, "sessions");
