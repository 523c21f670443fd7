import { relationshipRoute } from "@/lib/related/routes";
import { sessionResource } from "@/lib/sessions/resource";

export const { GET, PATCH } = relationshipRoute(sessionResource, "session-type");
