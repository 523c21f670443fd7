import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { rowIdOrNotFound } from "../jsonapi/input";
import type { Mail } from "../generated/prisma/client";
import { requireAdmin } from "../message-settings/access";

/** One mail of the log with its bodies (admins only). */
export async function getMail(actor: Actor, id: string): Promise<Mail> {
  requireAdmin(actor);
  const mail = await db.mail.findUnique({ where: { id: rowIdOrNotFound(id, "Mail") } });
  if (!mail) throw new AppError("NOT_FOUND", "Mail not found");
  return mail;
}
