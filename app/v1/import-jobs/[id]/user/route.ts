import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute("import-job", "user");
