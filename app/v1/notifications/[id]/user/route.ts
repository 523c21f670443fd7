import { notificationResource } from "@/lib/notifications/resources";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute(notificationResource, "user");
