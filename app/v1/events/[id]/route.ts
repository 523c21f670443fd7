import { itemRoutes } from "@/lib/api/routes";

/** `/v1/events/{id}`: `id` is the numeric id or the identifier. */
export const { GET, PATCH, DELETE } = itemRoutes("event");
