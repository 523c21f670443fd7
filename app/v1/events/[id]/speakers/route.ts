import { collectionRoutes } from "@/lib/api/routes";

/** `/v1/events/{id}/speakers` (`id`: the event's numeric id or identifier). */
export const { GET, POST } = collectionRoutes("speaker");
