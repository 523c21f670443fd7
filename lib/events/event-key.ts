import type { Prisma } from "../generated/prisma/client";

const INT_MAX = 2_147_483_647;

/**
 * An event is addressed by its numeric id or by its identifier (`/v1/events/42`,
 * `/v1/events/a1b2c3d4`). Identifiers always contain a letter (see create-event.ts), so an
 * all-digit key is an id.
 */
export function eventKey(idOrIdentifier: string | number): Prisma.EventWhereInput {
  const text = String(idOrIdentifier);
  if (/^\d{1,10}$/.test(text)) {
    const id = Number(text);
    return id <= INT_MAX ? { id } : { id: -1 };
  }
  return { identifier: text };
}
