import { eventResource } from "@/lib/events/resource";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute(eventResource, "event-sub-topic");
