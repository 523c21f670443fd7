import { inRelationshipDocument } from "@/lib/jsonapi/errors";
import { apiRoute } from "@/lib/api/route";
import { parseSpeakerLinkage, speakerLinkageResponse } from "@/lib/sessions/linkage";
import { changeSessionSpeakers, getSessionSpeakerIds, type LinkageMode } from "@/lib/sessions/session-speakers";

/** JSON:API relationship endpoint: PATCH replaces the speakers, POST adds, DELETE removes. */
type Params = { id: string };

export const GET = apiRoute<Params>(async (_request, { params: { id }, actor }) => {
  const { sessionId, speakerIds } = await getSessionSpeakerIds(actor, id);
  return speakerLinkageResponse(sessionId, speakerIds);
});

const change = (mode: LinkageMode) =>
  apiRoute<Params>(async (request, { params: { id }, actor }) => {
    const input = await parseSpeakerLinkage(request);
    const { sessionId, speakerIds } = await changeSessionSpeakers(actor, id, mode, input).catch((error: unknown) => {
      // The service points into a session document; this request sent the relationship document.
      throw inRelationshipDocument(error, "speakers");
    });
    return speakerLinkageResponse(sessionId, speakerIds);
  });

export const PATCH = change("replace");
export const POST = change("add");
export const DELETE = change("remove");
