import { contentEventLinkageRoutes } from "@/lib/content/routes";
import { sessionTypeKind } from "@/lib/session-types/kind";

export const { GET } = contentEventLinkageRoutes(sessionTypeKind);
