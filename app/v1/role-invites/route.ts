import { parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { createRoleInvite } from "@/lib/role-invites/create-role-invite";
import { roleInviteResource } from "@/lib/role-invites/resource";
import { createRoleInviteSchema } from "@/lib/role-invites/schemas";

export const POST = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, roleInviteResource);
  const { input } = await parseResourceBody(request, roleInviteResource, createRoleInviteSchema);
  const invite = await createRoleInvite(actor, input, { include: query.include });
  return resourceResponse(roleInviteResource, invite, { actor, query, status: 201 });
});
