import type { CustomFormOption } from "../generated/prisma/client";
import { prismaInclude } from "../jsonapi/include";
import { resourceOf } from "../jsonapi/registry";
import { createWith, defineResource, parentIdOf, updateWith, writable, type IncludeTree, type ResourceDef } from "../jsonapi/resource";
import type { Actor } from "../auth/actor";
import type { CustomFormRecord } from "./access";
import { createCustomForm } from "./create-custom-form";
import { createCustomFormOption } from "./create-custom-form-option";
import { createSpeakersCall } from "./create-speakers-call";
import { deleteCustomForm } from "./delete-custom-form";
import { deleteCustomFormOption } from "./delete-custom-form-option";
import { deleteSpeakersCall } from "./delete-speakers-call";
import { FIELD_TYPES, FORM_KINDS } from "./fields";
import { findCustomFormOptionsWhere, findFieldOptions } from "./find-custom-form-options";
import { findCustomForms } from "./find-custom-forms";
import { getCustomForm } from "./get-custom-form";
import { getCustomFormOption } from "./get-custom-form-option";
import { getSpeakersCall } from "./get-speakers-call";
import {
  createCustomFormDocumentSchema,
  createCustomFormOptionDocumentSchema,
  createSpeakersCallDocumentSchema,
  updateCustomFormDocumentSchema,
  updateCustomFormOptionDocumentSchema,
  updateSpeakersCallDocumentSchema,
} from "./schemas";
import type { SpeakersCallRecord } from "./speakers-call-access";
import { updateCustomForm } from "./update-custom-form";
import { updateCustomFormOption } from "./update-custom-form-option";
import { updateSpeakersCall } from "./update-speakers-call";

/** The Prisma include of a type's `include` tree (services resolve declarations through the registry). */
const includeOf = (type: string, tree: IncludeTree, actor: Actor) => prismaInclude(resourceOf(type), tree, actor);

/**
 * Open Event's `custom-form`: one field of an event's session or speaker form. `is-complex`
 * (a custom field, answered in `complex-field-values`) and `is-fixed` (always included and
 * required) follow from the identifier and are read-only; the options of a select or checkbox
 * field are `custom-form-option` resources.
 */
export const customFormResource: ResourceDef<CustomFormRecord> = defineResource<CustomFormRecord>({
  type: "custom-form",
  path: "custom-forms",
  model: "CustomForm",
  attributes: {
    fieldIdentifier: writable({ sortable: true, filter: "string" }),
    form: writable({ sortable: true, filter: { enum: FORM_KINDS } }),
    type: writable({ sortable: true, filter: { enum: FIELD_TYPES } }),
    name: writable({ sortable: true, filter: "string" }),
    description: writable({ nullable: true }),
    isRequired: writable({ filter: "boolean" }),
    isIncluded: writable({ filter: "boolean" }),
    isPublic: writable({ filter: "boolean" }),
    isFixed: { filter: "boolean" },
    isComplex: { filter: "boolean" },
    position: writable({ sortable: true, filter: "integer" }),
    min: writable({ nullable: true }),
    max: writable({ nullable: true }),
  },
  relationships: {
    event: { type: "event", foreignKey: "eventId" },
    customFormOptions: {
      type: "custom-form-option",
      many: true,
      field: "options",
      load: (nested) => ({ orderBy: [{ position: "asc" }, { id: "asc" }], ...(nested ? { include: nested } : {}) }),
    },
  },
  defaultSort: "form,position",
  get: (actor, id, include) => getCustomForm(actor, id, { include: includeOf("custom-form", include, actor) }),
  list: (actor, query, eventId) =>
    findCustomForms(actor, parentIdOf(customFormResource, eventId), {
      where: query.where,
      orderBy: query.orderBy,
      page: query.page,
      include: includeOf("custom-form", query.include, actor),
    }),
  // The event is named by the body's `relationships.event` (`POST /v1/custom-forms`).
  create: createWith(createCustomFormDocumentSchema, (actor, { eventId, ...input }, { include }) =>
    createCustomForm(actor, eventId, input, { include: includeOf("custom-form", include, actor) }),
  ),
  update: updateWith(updateCustomFormDocumentSchema, (actor, id, input, { include, expectedId }) =>
    updateCustomForm(actor, id, input, { expectedId, include: includeOf("custom-form", include ?? {}, actor) }),
  ),
  delete: (actor, id) => deleteCustomForm(actor, id),
});

/** Open Event's `custom-form-option`: one choice of a select or checkbox field. */
export const customFormOptionResource: ResourceDef<CustomFormOption> = defineResource<CustomFormOption>({
  type: "custom-form-option",
  path: "custom-form-options",
  model: "CustomFormOption",
  attributes: {
    value: writable({ sortable: true, filter: "string" }),
    position: writable({ sortable: true, filter: "integer" }),
  },
  relationships: {
    customForm: { type: "custom-form", foreignKey: "customFormId" },
  },
  defaultSort: "position",
  get: (actor, id, include) => getCustomFormOption(actor, id, { include: includeOf("custom-form-option", include, actor) }),
  list: (actor, query, customFormId) =>
    findFieldOptions(actor, parentIdOf(customFormOptionResource, customFormId), query, includeOf("custom-form-option", query.include, actor)),
  find: (actor, where, query) => findCustomFormOptionsWhere(actor, where, query, includeOf("custom-form-option", query.include, actor)),
  // `POST /v1/custom-forms/{id}/custom-form-options`: the field is the one in the URL.
  create: createWith(
    createCustomFormOptionDocumentSchema,
    async (actor, { customFormId, ...input }, { parentId, include }) => {
      const option = await createCustomFormOption(actor, parentId ?? customFormId ?? "", input);
      return Object.keys(include).length ? getCustomFormOption(actor, option.id, { include: includeOf("custom-form-option", include, actor) }) : option;
    },
    "customForm",
  ),
  update: updateWith(updateCustomFormOptionDocumentSchema, async (actor, id, input, { include, expectedId }) => {
    const option = await updateCustomFormOption(actor, id, input, { expectedId });
    return include && Object.keys(include).length ? getCustomFormOption(actor, option.id, { include: includeOf("custom-form-option", include, actor) }) : option;
  }),
  delete: (actor, id) => deleteCustomFormOption(actor, id),
});

/**
 * Open Event's `speakers-call`: an event's call for speakers, its announcement (sanitized rich
 * text), window and privacy. `hash` (a private call's link secret) is shown to the event's team only.
 */
export const speakersCallResource: ResourceDef<SpeakersCallRecord> = defineResource<SpeakersCallRecord>({
  type: "speakers-call",
  path: "speakers-calls",
  model: "SpeakersCall",
  attributes: {
    announcement: writable({ nullable: true }),
    startsAt: writable(),
    softEndsAt: writable({ nullable: true }),
    endsAt: writable(),
    privacy: writable(),
    hash: writable({ nullable: true }),
  },
  // The call is read without its event: `include=event` is refused, and the related endpoints
  // get the event's id only, which they read through the event's own `get`.
  relationships: {
    event: { type: "event", foreignKey: "eventId", includable: false },
  },
  get: async (actor, id, include) => {
    const call = await getSpeakersCall(actor, id);
    return "event" in include ? { ...call, event: { id: call.eventId } } : call;
  },
  // The event is named by the body's `relationships.event` (`POST /v1/speakers-calls`).
  create: createWith(createSpeakersCallDocumentSchema, (actor, { eventId, ...input }) => createSpeakersCall(actor, eventId, input)),
  update: updateWith(updateSpeakersCallDocumentSchema, (actor, id, input, { expectedId }) => updateSpeakersCall(actor, id, input, { expectedId })),
  delete: (actor, id) => deleteSpeakersCall(actor, id),
});
