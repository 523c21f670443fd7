import { eventResource } from "@/lib/events/resource";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(eventResource, "speakers");
