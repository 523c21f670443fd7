import { contentItemRoutes } from "@/lib/content/routes";
import { socialLinkKind } from "@/lib/social-links/kind";

export const { GET, PATCH, DELETE } = contentItemRoutes(socialLinkKind);
