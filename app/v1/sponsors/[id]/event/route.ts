import { contentEventRoutes } from "@/lib/content/routes";
import { sponsorKind } from "@/lib/sponsors/kind";

export const { GET } = contentEventRoutes(sponsorKind);
