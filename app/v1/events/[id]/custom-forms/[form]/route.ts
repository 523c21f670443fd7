import { apiRoute } from "@/lib/api/route";
import { ofForm } from "@/lib/custom-forms/fields";
import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { resourceOf } from "@/lib/jsonapi/registry";

/**
 * `GET /v1/events/{id|identifier}/custom-forms/{form}`: Open Event serves it with its custom-form
 * list class, as the event's fields of one form (`session`, `speaker`); so here it is the
 * event's custom-forms collection (its visibility, filter, sort, page and include) of that form.
 */
export const GET = apiRoute<{ id: string; form: string }>(async (request, { params: { id, form }, actor }) => {
  const fields = resourceOf("custom-form");
  const query = parseQuery(request, fields, { collection: true });
  const page = await fields.list!(actor, { ...query, where: { AND: [query.where ?? {}, ofForm(form)] } }, id);
  return collectionResponse(request, fields, page, { actor, query });
});
