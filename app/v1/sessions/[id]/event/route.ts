import { relatedRoute } from "@/lib/related/routes";
import { sessionResource } from "@/lib/sessions/resource";

export const { GET } = relatedRoute(sessionResource, "event");
