import { AppError } from "../errors";
import { DocumentValidationError, JSONAPI_MEDIA_TYPE } from "../jsonapi/errors";
import { documentResponse } from "../jsonapi/response";
import { API_BASE, JSONAPI_VERSION } from "../jsonapi/serialize";
import { speakerLinkageSchema, type SpeakerLinkageInput } from "./schemas";

/**
 * Relationship documents of `/v1/sessions/{id}/relationships/speakers` (JSON:API "resource
 * linkage"). NEEDS (lib/jsonapi): lib/jsonapi has no relationship-document helpers yet; these
 * two belong there, generalised over resource and relationship, once a second to-many
 * relationship route exists.
 */

export function speakerLinkageResponse(sessionId: number, speakerIds: readonly number[]): Response {
  const base = `${API_BASE}/sessions/${sessionId}`;
  return documentResponse({
    data: speakerIds.map((id) => ({ type: "speaker", id: String(id) })),
    links: { self: `${base}/relationships/speakers`, related: `${base}/speakers` },
    jsonapi: JSONAPI_VERSION,
  });
}

export async function parseSpeakerLinkage(request: Request): Promise<SpeakerLinkageInput> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type && type !== JSONAPI_MEDIA_TYPE && type !== "application/json") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the document as application/vnd.api+json");
  }
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
  const result = speakerLinkageSchema.safeParse(body);
  if (!result.success) {
    throw new DocumentValidationError(
      result.error.issues.map((issue) => ({ detail: issue.message, pointer: `/${issue.path.map(String).join("/")}` })),
    );
  }
  return result.data;
}
