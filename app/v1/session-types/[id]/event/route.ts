import { contentEventRoutes } from "@/lib/content/routes";

export const { GET, PATCH, DELETE } = contentEventRoutes("session-type");
