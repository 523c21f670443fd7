import { eventTopicResource } from "@/lib/events/resources";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(eventTopicResource, "event-sub-topics");
