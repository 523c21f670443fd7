import { eventResource } from "@/lib/events/resources";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute(eventResource, "event-sub-topic");
