import { linkageResponse, parseLinkage } from "../jsonapi/linkage";
import { speakerLinkageSchema, type SpeakerLinkageInput } from "./schemas";

/** Relationship documents of `/v1/sessions/{id}/relationships/speakers` (see lib/jsonapi/linkage.ts). */

export function speakerLinkageResponse(sessionId: number, speakerIds: readonly number[]): Response {
  return linkageResponse("sessions", sessionId, "speakers", "speaker", speakerIds);
}

export function parseSpeakerLinkage(request: Request): Promise<SpeakerLinkageInput> {
  return parseLinkage(request, speakerLinkageSchema);
}
