import { randomInt } from "node:crypto";
import type { Actor } from "../auth/actor";
import { defaultFormRows } from "../custom-forms/fields";
import { db } from "../db";
import { requestDerivedImages } from "../images/request-derive";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { uniqueField } from "../jsonapi/errors";
import { eventInclude, withActorRoles, type LoadedEvent, type LoadOptions } from "./load";
import type { CreateEventInput } from "./schemas";
import { checkTaxonomy } from "./taxonomy";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const IDENTIFIER_LENGTH = 8;
const ATTEMPTS = 5;

/**
 * A short random identifier for public URLs (`/e/k3x9q2ab`): 8 lowercase alphanumerics, at
 * least one of them a letter so that it can never be mistaken for a numeric id.
 */
export function newIdentifier(): string {
  for (;;) {
    let identifier = "";
    for (let i = 0; i < IDENTIFIER_LENGTH; i++) identifier += ALPHABET[randomInt(ALPHABET.length)];
    if (/[a-z]/.test(identifier)) return identifier;
  }
}

export interface CreateEventOptions extends LoadOptions {
  /** Identifier source; tests pass a fixed sequence to exercise collisions. */
  identifier?: () => string;
}

const isIdentifierCollision = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && uniqueField(error.meta) === "identifier";

/**
 * Creates an event; its creator becomes its owner in the same transaction, and its session and
 * speaker forms start with Open Event's default fields (lib/custom-forms/fields.ts). A collision
 * of the random identifier (unique index) retries with a new one.
 */
export async function createEvent(
  actor: Actor,
  input: CreateEventInput,
  options: CreateEventOptions = {},
): Promise<LoadedEvent> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to create an event");
  await checkTaxonomy(input);
  const generate = options.identifier ?? newIdentifier;
  for (let attempt = 1; ; attempt++) {
    try {
      const id = await db.$transaction(async (tx) => {
        const created = await tx.event.create({
          data: { ...input, identifier: generate(), creatorId: actor.id },
          select: { id: true },
        });
        await tx.usersEventsRoles.create({
          data: { user: { connect: { id: actor.id } }, event: { connect: { id: created.id } }, role: { connect: { name: "owner" } } },
        });
        await tx.customForm.createMany({ data: defaultFormRows().map((row) => ({ ...row, eventId: created.id })) });
        return created.id;
      });
      // Loaded after the commit: the transaction stays short, and Prisma's parallel relation
      // loads would otherwise share the transaction's single connection.
      const event = await db.event.findUniqueOrThrow({ where: { id }, include: eventInclude(actor, options.include) });
      await requestDerivedImages("event", [{ id, url: event.originalImageUrl }], { userId: actor.id, eventId: id });
      return withActorRoles(event);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isIdentifierCollision(error)) throw error;
    }
  }
}
