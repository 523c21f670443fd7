import { contentEventRoutes } from "@/lib/content/routes";
import { sessionTypeKind } from "@/lib/session-types/kind";

export const { GET } = contentEventRoutes(sessionTypeKind);
