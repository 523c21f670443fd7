import { notificationResource } from "@/lib/notifications/resource";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(notificationResource, "user");
