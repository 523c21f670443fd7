import { createRoute } from "@/lib/api/routes";

/** `POST /v1/event-sub-topics` with `relationships.event-topic` (Open Event's create path; also `/v1/event-topics/{id}/event-sub-topics`). */
export const { POST } = createRoute("event-sub-topic");
