import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { Mail } from "../generated/prisma/client";
import { requireAdmin } from "../message-settings/access";

/** One mail of the log with its bodies (admins only). */
export async function getMail(actor: Actor, id: string): Promise<Mail> {
  requireAdmin(actor);
  const mailId = Number(id);
  if (!/^\d{1,10}$/.test(id) || !Number.isSafeInteger(mailId)) throw new AppError("NOT_FOUND", "Mail not found");
  const mail = await db.mail.findUnique({ where: { id: mailId } });
  if (!mail) throw new AppError("NOT_FOUND", "Mail not found");
  return mail;
}
