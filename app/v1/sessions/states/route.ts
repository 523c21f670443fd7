import { apiRoute } from "@/lib/api/route";
import { sessionStateMap } from "@/lib/sessions/states";

/** Open Event's map of session states (plain JSON, the same for everyone): lib/sessions/states.ts. */
export const GET = apiRoute(async () => Response.json(sessionStateMap()), { actor: false });
