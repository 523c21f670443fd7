import { relatedRoute } from "@/lib/related/routes";

export const { GET } = relatedRoute("event-topic", "events");
