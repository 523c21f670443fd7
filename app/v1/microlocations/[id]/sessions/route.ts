import { microlocationResource } from "@/lib/microlocations/resource";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute(microlocationResource, "sessions");
