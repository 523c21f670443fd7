import { microlocationResource } from "@/lib/microlocations/resources";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute(microlocationResource, "sessions");
