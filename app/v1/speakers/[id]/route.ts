import { deletedResponse, parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { deleteSpeaker } from "@/lib/speakers/delete-speaker";
import { getSpeaker } from "@/lib/speakers/get-speaker";
import { speakerResource } from "@/lib/speakers/resource";
import { updateSpeakerSchema } from "@/lib/speakers/schemas";
import { updateSpeaker } from "@/lib/speakers/update-speaker";

type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, speakerResource);
  const speaker = await getSpeaker(actor, id, { include: query.include });
  return resourceResponse(speakerResource, speaker, { actor, query });
});

export const PATCH = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, speakerResource);
  const body = await parseResourceBody(request, speakerResource, updateSpeakerSchema);
  const speaker = await updateSpeaker(actor, id, body.input, { include: query.include, expectedId: body.id });
  return resourceResponse(speakerResource, speaker, { actor, query });
});

export const DELETE = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  parseQuery(request, speakerResource);
  await deleteSpeaker(actor, id);
  return deletedResponse();
});
