import { linkageResponse, parseLinkage } from "@/lib/jsonapi/linkage";
import { apiRoute } from "@/lib/api/route";
import { trackLinkageSchema } from "@/lib/roles/schemas";
import { changeRoleTracks, getRoleTrackIds, type LinkageMode } from "@/lib/roles/users-events-role-tracks";

/** JSON:API relationship endpoint: PATCH replaces a track organizer's tracks, POST adds, DELETE removes. */
type Params = { id: string };

const response = ({ entryId, trackIds }: { entryId: number; trackIds: number[] }) =>
  linkageResponse("users-events-roles", entryId, "tracks", "track", trackIds);

export const GET = apiRoute<Params>(async (_request, { params: { id }, actor }) => {
  return response(await getRoleTrackIds(actor, id));
});

const change = (mode: LinkageMode) =>
  apiRoute<Params>(async (request, { params: { id }, actor }) => {
    const input = await parseLinkage(request, trackLinkageSchema);
    return response(await changeRoleTracks(actor, id, mode, input));
  });

export const PATCH = change("replace");
export const POST = change("add");
export const DELETE = change("remove");
