import { contentItemRoutes } from "@/lib/content/routes";
import { sessionTypeKind } from "@/lib/session-types/kind";

export const { GET, PATCH, DELETE } = contentItemRoutes(sessionTypeKind);
