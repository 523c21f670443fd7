import { itemRoutes } from "@/lib/api/routes";

/** `/v1/sessions/{id}`: a PATCH may carry `relationships.speakers`, which replaces the session's speakers. */
export const { GET, PATCH, DELETE } = itemRoutes("session");
