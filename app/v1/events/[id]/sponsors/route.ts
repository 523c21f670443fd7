import { contentCollectionRoutes } from "@/lib/content/routes";
import { sponsorKind } from "@/lib/sponsors/kind";

export const { GET, POST } = contentCollectionRoutes(sponsorKind);
