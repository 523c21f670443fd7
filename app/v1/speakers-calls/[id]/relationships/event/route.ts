import { relationshipRoute } from "@/lib/related/routes";

export const { GET, PATCH } = relationshipRoute("speakers-call", "event");
