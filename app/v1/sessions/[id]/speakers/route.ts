import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { findSessionSpeakers } from "@/lib/speakers/find-speakers";
import { speakerResource } from "@/lib/speakers/resource";

type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, speakerResource, { collection: true });
  const page = await findSessionSpeakers(actor, id, query);
  return collectionResponse(request, speakerResource, page, { actor, query });
});
