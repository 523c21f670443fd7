import { deletedResponse, parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { getRoleInvite } from "@/lib/role-invites/get-role-invite";
import { roleInviteResource } from "@/lib/role-invites/resource";
import { revokeRoleInvite } from "@/lib/role-invites/revoke-role-invite";
import { updateRoleInviteSchema } from "@/lib/role-invites/schemas";
import { updateRoleInvite } from "@/lib/role-invites/update-role-invite";

type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, roleInviteResource);
  return resourceResponse(roleInviteResource, await getRoleInvite(actor, id, query.include), { actor, query });
});

export const PATCH = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, roleInviteResource);
  const body = await parseResourceBody(request, roleInviteResource, updateRoleInviteSchema);
  const invite = await updateRoleInvite(actor, id, body.input, { include: query.include, expectedId: body.id });
  return resourceResponse(roleInviteResource, invite, { actor, query });
});

export const DELETE = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  parseQuery(request, roleInviteResource);
  await revokeRoleInvite(actor, id);
  return deletedResponse();
});
