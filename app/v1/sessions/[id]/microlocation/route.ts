import { relatedRoute } from "@/lib/related/routes";
import { sessionResource } from "@/lib/sessions/resources";

export const { GET } = relatedRoute(sessionResource, "microlocation");
