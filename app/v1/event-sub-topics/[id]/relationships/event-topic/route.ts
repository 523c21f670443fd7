import { eventSubTopicResource } from "@/lib/events/resources";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(eventSubTopicResource, "event-topic");
