import type { Page } from "../generated/prisma/client";
import { createWith, defineResource, updateWith, writable } from "../jsonapi/resource";
import { createPageSchema, PAGE_PLACES, updatePageSchema } from "./schemas";
import { createPage, deletePage, findPages, getPage, updatePage } from "./services";

/** `page`: an admin-editable static page (Open Event's footer pages: about, terms, privacy…). */
export const pageResource = defineResource<Page>({
  type: "page",
  path: "pages",
  model: "Page",
  attributes: {
    name: writable({ sortable: true, filter: "string" }),
    title: writable({ nullable: true }),
    url: writable({ sortable: true, filter: "string" }),
    description: writable({ nullable: true }),
    place: writable({ nullable: true, filter: { enum: PAGE_PLACES } }),
    language: writable({ nullable: true, filter: "string" }),
    index: writable({ sortable: true, filter: "integer" }),
  },
  defaults: { index: 0 },
  defaultSort: "index",
  get: (actor, id) => getPage(actor, id),
  list: (actor, query) => findPages(actor, query),
  create: createWith(createPageSchema, (actor, input) => createPage(actor, input)),
  update: updateWith(updatePageSchema, (actor, id, input, { expectedId }) => updatePage(actor, id, input, { expectedId })),
  delete: (actor, id) => deletePage(actor, id),
});
