import { relatedRoute } from "@/lib/related/routes";
import { sessionTypeResource } from "@/lib/session-types/resources";

export const { GET } = relatedRoute(sessionTypeResource, "sessions");
