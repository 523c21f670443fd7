import { isAdmin, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { rowIdOrNotFound } from "../jsonapi/input";
import { dasherize, defineResource, memberNames, updateWith, writable, type AttributeDef, type ResourceDef } from "../jsonapi/resource";
import { documentResponse } from "../jsonapi/response";
import { JSONAPI_VERSION, resourceDocument, resourcePath } from "../jsonapi/serialize";
import type { EventRole } from "../permissions";
import { deleteUser } from "./delete-user";
import { filtersDeletedAt, findUsers } from "./find-users";
import { getUser } from "./get-user";
import { isPublicProfile, type UserRecord } from "./load";
import { updateUserSchema } from "./schemas";
import { updateUser } from "./update-user";

/**
 * The `user` JSON:API resource, loaded through USER_SELECT (load.ts) so that no secret reaches a
 * document. Also the target of sessions' `creator` and speakers' `user` (linkage only there).
 */

/** Open Event's role flags: true when the user holds that role on any non-deleted event. */
const ROLE_FLAGS = {
  isUserOwner: "owner",
  isUserOrganizer: "organizer",
  isUserCoorganizer: "coorganizer",
  isUserTrackOrganizer: "track_organizer",
  isUserModerator: "moderator",
  isUserRegistrar: "registrar",
  isUserAttendee: "attendee",
} as const satisfies Record<string, EventRole>;

const flagAttributes: Record<string, AttributeDef<UserRecord>> = Object.fromEntries(
  Object.entries(ROLE_FLAGS).map(([key, role]) => [key, { get: (user: UserRecord) => user.roles.some((held) => held.role.name === role) }]),
);

const FLAG_NAMES: ReadonlySet<string> = new Set(Object.keys(ROLE_FLAGS).map(dasherize));
/** What others (an organizer listing the event's team) see: not which roles the user holds elsewhere. */
let othersSee: ReadonlySet<string> | undefined;
/** What `GET /v1/users/{id}` shows anyone but the user and admins: Open Event's public profile. */
const PUBLIC_PROFILE: ReadonlySet<string> = new Set(["first-name", "last-name", "public-name", "avatar-url"]);
const text = { writable: true, sortable: true, filter: "string", nullable: true } as const;
const url = { writable: true, nullable: true } as const;

export const userResource: ResourceDef<UserRecord> = defineResource<UserRecord>({
  type: "user",
  path: "users",
  model: "User",
  attributes: {
    email: { sortable: true, filter: "string" },
    firstName: text,
    lastName: text,
    publicName: text,
    details: writable(),
    avatarUrl: url,
    contact: writable(),
    facebookUrl: url,
    twitterUrl: url,
    instagramUrl: url,
    googlePlusUrl: url,
    isAdmin: { writable: true, sortable: true, filter: "boolean" },
    isSuperAdmin: { writable: true, sortable: true, filter: "boolean" },
    isVerified: { writable: true, sortable: true, filter: "boolean" },
    createdAt: { sortable: true, filter: "date" },
    lastAccessedAt: { sortable: true, filter: "date", nullable: true },
    // Writable for Open Event's delete (a time) and restore (null) by PATCH.
    deletedAt: { writable: true, sortable: true, filter: "date", nullable: true },
    ...flagAttributes,
  },
  defaultSort: "-created-at",
  visible: (actor, user) => {
    if (isPublicProfile(user)) return PUBLIC_PROFILE;
    if (actor && (actor.id === user.id || isAdmin(actor))) return undefined;
    othersSee ??= new Set(memberNames(userResource).filter((name) => !FLAG_NAMES.has(name)));
    return othersSee;
  },
  // `/v1/users/{id}`: the whole account to the user and admins, the public profile to others.
  get: (actor, id) => getUser(actor, rowIdOrNotFound(id, "User")),
  // Admins only. Deleted accounts are listed when a filter names `deleted-at`.
  list: (actor, query) => findUsers(actor, { ...query, deleted: filtersDeletedAt(query.where) ? "include" : "exclude" } as Parameters<typeof findUsers>[1]),
  update: updateWith(updateUserSchema, (actor, id, input, { expectedId }) => {
    const userId = rowIdOrNotFound(id, "User");
    if (expectedId !== undefined && expectedId !== String(userId)) {
      throw new AppError("CONFLICT", "data.id does not match the user in the URL", { pointer: "/data/id" });
    }
    return updateUser(actor, userId, input);
  }),
  delete: (actor, id) => deleteUser(actor, rowIdOrNotFound(id, "User")),
});

export const USER_TYPE = userResource.type;

/**
 * A user document. The audience defaults to the user themself (`/v1/users/me`).
 */
export function userResponse(user: UserRecord, init: { status?: 200 | 201; self?: string; actor?: Actor } = {}): Response {
  const self = resourcePath(userResource, String(user.id));
  const actor: Actor = init.actor === undefined ? { id: user.id, email: user.email, isAdmin: user.isAdmin, isSuperAdmin: user.isSuperAdmin } : init.actor;
  const document = resourceDocument(userResource, user, { actor, self: init.self ?? self });
  return documentResponse(document, { status: init.status ?? 200, headers: init.status === 201 ? { location: self } : {} });
}

export const REGISTRATION_MESSAGE = "We sent a mail to this address with the next step.";

/**
 * The answer to `POST /v1/users`: 202 Accepted with this meta document, the same for a new
 * address and one that has an account (register-user.ts mails its owner instead). Answering the
 * new account's document (201) would tell which addresses are registered; the account is read
 * with `GET /v1/users/me` after signing in.
 */
export function registrationResponse(): Response {
  return documentResponse({ meta: { message: REGISTRATION_MESSAGE }, jsonapi: JSONAPI_VERSION }, { status: 202 });
}

const ATTRIBUTE_KEYS: Record<string, string> = {
  email: "email",
  password: "password",
  "first-name": "firstName",
  "last-name": "lastName",
};

/**
 * The attributes of a `user` create document, with dasherized names mapped to the schema's
 * keys (zod pointers map back). Unknown attributes are ignored, as Open Event does.
 */
export function userAttributesFromDocument(body: unknown): Record<string, unknown> {
  const data = isObject(body) ? body.data : undefined;
  if (!isObject(data)) throw new AppError("UNPROCESSABLE", "A resource object is required", { pointer: "/data" });
  if (data.type !== USER_TYPE) {
    throw new AppError("CONFLICT", `Resource type must be "${USER_TYPE}"`, { pointer: "/data/type" });
  }
  const attributes = data.attributes ?? {};
  if (!isObject(attributes)) throw new AppError("UNPROCESSABLE", "Attributes must be an object", { pointer: "/data/attributes" });
  const input: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ATTRIBUTE_KEYS)) {
    if (name in attributes) input[key] = attributes[name];
  }
  return input;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
