import { collectionRoutes } from "@/lib/api/routes";

/** `id` is the topic's. */
export const { GET, POST } = collectionRoutes("event-sub-topic");
