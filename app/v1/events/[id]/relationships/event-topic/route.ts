import { eventResource } from "@/lib/events/resource";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET, PATCH } = relationshipRoute(eventResource, "event-topic");
