import { relatedRoute } from "@/lib/related/routes";

export const { GET, PATCH, DELETE } = relatedRoute("custom-form-option", "custom-form");
