import { eventTopicResource } from "@/lib/events/resource";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(eventTopicResource, "event-sub-topics");
