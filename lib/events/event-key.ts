import type { Prisma } from "../generated/prisma/client";
import { hasNul, parseRowId } from "../jsonapi/input";

/**
 * An event is addressed by its numeric id or by its identifier (`/v1/events/42`,
 * `/v1/events/a1b2c3d4`). Identifiers always contain a letter (see create-event.ts), so an
 * all-digit key is an id.
 */
export function eventKey(idOrIdentifier: string | number): Prisma.EventWhereInput {
  const text = String(idOrIdentifier);
  // A key that can name no event matches no row (PostgreSQL refuses ids past `integer` and NUL in text).
  if (/^\d+$/.test(text)) return { id: parseRowId(text) ?? -1 };
  return hasNul(text) ? { id: -1 } : { identifier: text };
}
