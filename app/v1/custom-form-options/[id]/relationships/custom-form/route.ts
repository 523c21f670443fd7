import { relationshipRoute } from "@/lib/related/routes";

export const { GET, PATCH } = relationshipRoute("custom-form-option", "custom-form");
