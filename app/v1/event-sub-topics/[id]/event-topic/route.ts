import { eventSubTopicResource } from "@/lib/events/resources";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute(eventSubTopicResource, "event-topic");
