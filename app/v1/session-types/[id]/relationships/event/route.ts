import { contentEventLinkageRoutes } from "@/lib/content/routes";

export const { GET, PATCH, POST, DELETE } = contentEventLinkageRoutes("session-type");
