import { createRoute } from "@/lib/api/routes";

/** `POST /v1/microlocations` with `relationships.event` (Open Event's create path; also `/v1/events/{id}/microlocations`). */
export const { POST } = createRoute("microlocation");
