import { apiRoute } from "../api/route";
import { parseToManyRelationshipBody, parseToOneRelationshipBody } from "../jsonapi/body";
import { relationshipResponse } from "../jsonapi/linkage";
import { parseNoQuery } from "../jsonapi/query";
import { getTeamLinkage, setTeamOwner, TEAM_RELATIONSHIPS, writeTeamLinkage, type TeamRelationship, type TeamWrite } from "./event-team";

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
