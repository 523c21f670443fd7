import { importJobResource } from "@/lib/import/resource";
import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute(importJobResource, "task");
