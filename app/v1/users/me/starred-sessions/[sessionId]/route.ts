import { apiRoute } from "@/lib/api/route";
import { starSession } from "@/lib/stars/star-session";
import { unstarSession } from "@/lib/stars/unstar-session";

type Params = { sessionId: string };

/** Stars a public session (idempotent): 204. */
export const PUT = apiRoute<Params>(async (_request, { params: { sessionId }, actor }) => {
  await starSession(actor, sessionId);
  return new Response(null, { status: 204 });
});

/** Removes the star (idempotent): 204. */
export const DELETE = apiRoute<Params>(async (_request, { params: { sessionId }, actor }) => {
  await unstarSession(actor, sessionId);
  return new Response(null, { status: 204 });
});
