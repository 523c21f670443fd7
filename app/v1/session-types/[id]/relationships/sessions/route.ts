import { relationshipRoute } from "@/lib/related/routes";
import { sessionTypeResource } from "@/lib/session-types/resources";

export const { GET } = relationshipRoute(sessionTypeResource, "sessions");
