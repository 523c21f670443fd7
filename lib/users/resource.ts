import { AppError } from "../errors";
import { JSONAPI_MEDIA_TYPE } from "../jsonapi/errors";

/**
 * The `user` JSON:API resource. The columns are chosen here, once, so that the password hash,
 * the calendar token and other secrets can never reach a document.
 */
export const USER_SELECT = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  details: true,
  avatarUrl: true,
  isAdmin: true,
  isSuperAdmin: true,
  isVerified: true,
  createdAt: true,
  lastAccessedAt: true,
} as const;

export interface UserRecord {
  id: number;
  email: string;
  firstName: string | null;
  lastName: string | null;
  details: string | null;
  avatarUrl: string | null;
  isAdmin: boolean;
  isSuperAdmin: boolean;
  isVerified: boolean;
  createdAt: Date;
  lastAccessedAt: Date | null;
}

export const USER_TYPE = "user";

export function userResource(user: UserRecord) {
  return {
    type: USER_TYPE,
    id: String(user.id),
    attributes: {
      email: user.email,
      "first-name": user.firstName,
      "last-name": user.lastName,
      details: user.details,
      "avatar-url": user.avatarUrl,
      "is-admin": user.isAdmin,
      "is-super-admin": user.isSuperAdmin,
      "is-verified": user.isVerified,
      "created-at": user.createdAt.toISOString(),
      "last-accessed-at": user.lastAccessedAt?.toISOString() ?? null,
    },
    links: { self: `/v1/users/${user.id}` },
  };
}

export function userDocument(user: UserRecord, self = `/v1/users/${user.id}`) {
  return { data: userResource(user), links: { self }, jsonapi: { version: "1.1" } };
}

export function userResponse(user: UserRecord, init: { status?: number; self?: string } = {}): Response {
  const headers: Record<string, string> = { "content-type": JSONAPI_MEDIA_TYPE };
  if (init.status === 201) headers.location = `/v1/users/${user.id}`;
  return new Response(JSON.stringify(userDocument(user, init.self)), { status: init.status ?? 200, headers });
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
