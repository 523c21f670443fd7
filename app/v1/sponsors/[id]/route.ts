import { contentItemRoutes } from "@/lib/content/routes";
import { sponsorKind } from "@/lib/sponsors/kind";

export const { GET, PATCH, DELETE } = contentItemRoutes(sponsorKind);
