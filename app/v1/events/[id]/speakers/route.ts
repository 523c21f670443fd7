import { collectionResponse, parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { createEventSpeaker } from "@/lib/speakers/create-speaker";
import { findEventSpeakers } from "@/lib/speakers/find-speakers";
import { speakerResource } from "@/lib/speakers/resource";
import { createSpeakerSchema } from "@/lib/speakers/schemas";

/** `id` is the event's numeric id or identifier. */
type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, speakerResource, { collection: true });
  const page = await findEventSpeakers(actor, id, query);
  return collectionResponse(request, speakerResource, page, { actor, query });
});

export const POST = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, speakerResource);
  const { input } = await parseResourceBody(request, speakerResource, createSpeakerSchema);
  const speaker = await createEventSpeaker(actor, id, input, { include: query.include });
  return resourceResponse(speakerResource, speaker, { actor, query, status: 201 });
});
