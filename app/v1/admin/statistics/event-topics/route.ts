import { apiRoute } from "@/lib/api/route";
import { findEventTopicStatistics } from "@/lib/stats/find-event-taxonomy-statistics";

/** Open Event answers a plain JSON list here (`[{ "id", "name", "count" }]`), not a JSON:API document. */
export const GET = apiRoute(async (_request, { actor }) => Response.json(await findEventTopicStatistics(actor)));
