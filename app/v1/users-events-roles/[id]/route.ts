import { getActor } from "@/lib/auth/get-actor";
import { deletedResponse, parseQuery, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { deleteUsersEventsRole } from "@/lib/roles/delete-users-events-role";
import { usersEventsRolesResource } from "@/lib/roles/resource";
import { getUsersEventsRole } from "@/lib/roles/users-events-roles";

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const actor = await getActor(request);
  const query = parseQuery(request, usersEventsRolesResource);
  return resourceResponse(usersEventsRolesResource, await getUsersEventsRole(actor, id, query.include), { actor, query });
});

export const DELETE = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  parseQuery(request, usersEventsRolesResource);
  await deleteUsersEventsRole(await getActor(request), id);
  return deletedResponse();
});
