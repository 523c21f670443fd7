import { contentEventLinkageRoutes } from "@/lib/content/routes";

export const { GET } = contentEventLinkageRoutes("session-type");
