import { readJson } from "@/lib/auth/read-json";
import { parseQuery, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { respondToInviteByHash } from "@/lib/role-invites/invite-by-hash";
import { roleInviteResource } from "@/lib/role-invites/resource";
import { inviteHashFromBody } from "@/lib/role-invites/schemas";

/**
 * Open Event's `POST /v1/role_invites/accept-invite`: `{"data": {"hash": "<secret>"}}` (or
 * `token`, Open Event's name) from the e-mailed link, by the signed-in invitee. Answers the
 * accepted invite; repeating it answers the same.
 */
export const POST = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, roleInviteResource);
  const hash = inviteHashFromBody(await readJson(request));
  const invite = await respondToInviteByHash(actor, hash, "accepted", { include: query.include });
  return resourceResponse(roleInviteResource, invite, { actor, query });
});
