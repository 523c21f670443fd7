import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute("custom-form-option", "custom-form");
