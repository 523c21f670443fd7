import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute("users-events-roles", "event");
