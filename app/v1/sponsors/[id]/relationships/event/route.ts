import { contentEventLinkageRoutes } from "@/lib/content/routes";
import { sponsorKind } from "@/lib/sponsors/kind";

export const { GET } = contentEventLinkageRoutes(sponsorKind);
