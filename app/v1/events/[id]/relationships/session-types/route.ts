import { eventResource } from "@/lib/events/resources";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(eventResource, "session-types");
