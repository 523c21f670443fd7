import { relatedRoute } from "@/lib/related/routes";
import { sessionTypeResource } from "@/lib/session-types/resource";

export const { GET } = relatedRoute(sessionTypeResource, "sessions");
