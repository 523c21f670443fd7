import { importJobResource } from "@/lib/import/resources";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute(importJobResource, "task");
