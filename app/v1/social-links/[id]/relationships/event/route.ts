import { contentEventLinkageRoutes } from "@/lib/content/routes";
import { socialLinkKind } from "@/lib/social-links/kind";

export const { GET } = contentEventLinkageRoutes(socialLinkKind);
