import { apiRoute } from "@/lib/api/route";
import { findSessionDates } from "@/lib/sessions/find-session-facets";

/** Open Event answers a plain JSON list of days here (`["2027-03-11", …]`), not a JSON:API document. */
export const GET = apiRoute<{ id: string }>(async (_request, { params: { id }, actor }) => Response.json(await findSessionDates(actor, id)));
