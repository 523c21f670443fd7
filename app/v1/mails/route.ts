import { apiRoute } from "@/lib/api/route";
import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { findMailLog } from "@/lib/mail/find-mails";
import { mailResource } from "@/lib/mail/resource";

/** `GET /v1/mails`: the mail log (admins). */
export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, mailResource, { collection: true });
  return collectionResponse(request, mailResource, await findMailLog(actor, query), { actor, query });
});
