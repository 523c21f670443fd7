import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { findEventRoleInvites } from "@/lib/role-invites/find-role-invites";
import { roleInviteResource } from "@/lib/role-invites/resource";

/** `id` is the event's id or identifier. */
export const GET = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, roleInviteResource, { collection: true });
  const page = await findEventRoleInvites(actor, id, query);
  return collectionResponse(request, roleInviteResource, page, { actor, query });
});
