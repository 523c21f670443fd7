import { notificationResource } from "@/lib/notifications/resource";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute(notificationResource, "user");
