import { contentEventRoutes } from "@/lib/content/routes";

export const { GET } = contentEventRoutes("session-type");
