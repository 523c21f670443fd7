import { apiRoute } from "../api/route";
import { targetWriteRoutes } from "../api/routes";
import { parseToManyRelationshipBody, parseToOneRelationshipBody } from "../jsonapi/body";
import { relationshipResponse } from "../jsonapi/linkage";
import { parseNoQuery, parseQuery } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import { resourceResponse } from "../jsonapi/response";
import { getTeamLinkage, setTeamOwner, teamOwnerId, TEAM_RELATIONSHIPS, writeTeamLinkage, type TeamRelationship, type TeamWrite } from "./event-team";

type Params = { id: string };

/**
 * `/v1/events/{id|identifier}/relationships/<name>` of an event's team (lib/roles/event-team.ts
 * says who reads and changes what). Each route file is one line:
 *
 *   app/v1/events/[id]/relationships/organizers/route.ts   export const { GET, POST, PATCH, DELETE } = teamRelationshipRoute("organizers");
 *
 * To-many: POST adds, PATCH replaces, DELETE removes. `owner` (to-one): PATCH and POST hand the
 * event over; DELETE is refused (an event always has an owner).
 */
export function teamRelationshipRoute(name: TeamRelationship) {
  const def = TEAM_RELATIONSHIPS[name];
  const answer = (self: string, data: Parameters<typeof relationshipResponse>[2]) => relationshipResponse(self, name, data);

  const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
    parseNoQuery(request);
    const { self, data } = await getTeamLinkage(actor, id, name);
    return answer(self, data);
  });
  const write = (mode: TeamWrite) =>
    apiRoute<Params>(async (request, { params: { id }, actor }) => {
      parseNoQuery(request);
      if (name === "owner") {
        // DELETE empties it, which setTeamOwner refuses once the caller may see the event.
        const { self, data } = await setTeamOwner(actor, id, mode === "remove" ? null : await parseToOneRelationshipBody(request, def));
        return answer(self, data);
      }
      const ids = await parseToManyRelationshipBody(request, def);
      const { self, data } = await writeTeamLinkage(actor, id, name, ids, mode);
      return answer(self, data);
    });
  return { GET, POST: write("add"), PATCH: write("replace"), DELETE: write("remove") };
}

/**
 * `/v1/events/{id|identifier}/owner`: the owner's account as `/v1/users/{id}` shows it to the
 * caller (the whole account to the owner and admins, the public profile to the rest of the team),
 * for those who may read the owner relationship; PATCH and DELETE are those of `/v1/users/{id}`
 * on that account, as Open Event serves this path with its user detail.
 */
export function teamOwnerRoute() {
  const users = resourceOf("user");
  const get = users.get!;
  const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
    const query = parseQuery(request, users);
    return resourceResponse(users, await get(actor, await teamOwnerId(actor, id), query.include), { actor, query });
  });
  return { GET, ...targetWriteRoutes(users, teamOwnerId, "The owner of an event") };
}
