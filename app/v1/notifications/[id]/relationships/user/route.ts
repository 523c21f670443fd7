import { notificationResource } from "@/lib/notifications/resources";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(notificationResource, "user");
