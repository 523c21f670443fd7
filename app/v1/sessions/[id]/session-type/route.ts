import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute("session", "session-type");
