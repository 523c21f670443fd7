import { eventSubTopicResource } from "@/lib/events/resource";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute(eventSubTopicResource, "event-topic");
