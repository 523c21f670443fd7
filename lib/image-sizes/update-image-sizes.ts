import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { ImageSizes } from "../generated/prisma/client";
import { getImageSizes } from "./get-image-sizes";
import type { ImageSizeKind, UpdateEventImageSizesInput, UpdateSpeakerImageSizesInput } from "./schemas";

/**
 * Image sizes are readable by anyone, so refusing a change cannot reveal anything: anonymous
 * callers get 401 and signed-in users who are not admins 403 (not the 404 of hidden resources).
 */
export function requireImageSizesAdmin(actor: Actor): void {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in as an administrator");
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", "Only administrators may change image sizes");
}

type Input<T extends ImageSizeKind> = T extends "event" ? UpdateEventImageSizesInput : UpdateSpeakerImageSizesInput;

/**
 * Changes the sizes of one type (admins only). Images already stored keep their variants; the
 * new sizes apply to uploads from now on.
 *
 * `urlId` is the `{id}` of /v1/<type>-image-sizes/{id} (absent on the singleton path);
 * `expectedId` is the document's `data.id`, which must name this row.
 */
export async function updateImageSizes<T extends ImageSizeKind>(
  actor: Actor,
  type: T,
  input: Input<T>,
  options: { urlId?: string; expectedId?: string } = {},
): Promise<ImageSizes> {
  requireImageSizesAdmin(actor);
  const row = await getImageSizes(type);
  const id = String(row.id);
  if (options.urlId !== undefined && options.urlId !== id) throw new AppError("NOT_FOUND", "Image sizes not found");
  if (options.expectedId !== undefined && options.expectedId !== id) {
    throw new AppError("CONFLICT", "data.id does not match these image sizes", { pointer: "/data/id" });
  }
  return db.imageSizes.update({ where: { id: row.id }, data: input });
}
