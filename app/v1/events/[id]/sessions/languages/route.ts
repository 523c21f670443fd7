import { apiRoute } from "@/lib/api/route";
import { findSessionLanguages } from "@/lib/sessions/find-session-facets";

/** Open Event answers a plain JSON list of languages here (`["English", …]`), not a JSON:API document. */
export const GET = apiRoute<{ id: string }>(async (_request, { params: { id }, actor }) => Response.json(await findSessionLanguages(actor, id)));
