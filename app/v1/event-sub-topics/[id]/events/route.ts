import { listCreateRoute } from "@/lib/api/routes";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute("event-sub-topic", "events");
/** Open Event's EventList: a POST here creates an event as `POST /v1/events` does (the path's id is not used). */
export const { POST } = listCreateRoute("event");
