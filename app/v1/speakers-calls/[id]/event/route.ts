import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute("speakers-call", "event");
