import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute("event", "speakers-call");
