import { collectionRoutes } from "@/lib/api/routes";

export const { GET, POST } = collectionRoutes("session-type");
