import { teamRelationshipRoute } from "@/lib/roles/team-routes";

export const { GET, POST, PATCH, DELETE } = teamRelationshipRoute("owner");
