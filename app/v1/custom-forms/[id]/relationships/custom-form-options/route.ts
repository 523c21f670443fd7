import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute("custom-form", "custom-form-options");
