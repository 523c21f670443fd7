import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { MessageSettings } from "../generated/prisma/client";
import { rowIdOrNotFound } from "../jsonapi/input";
import { requireAdmin } from "./access";

export function messageSettingId(id: string): number {
  return rowIdOrNotFound(id, "Message setting");
}

export async function getMessageSetting(actor: Actor, id: string): Promise<MessageSettings> {
  requireAdmin(actor);
  const setting = await db.messageSettings.findUnique({ where: { id: messageSettingId(id) } });
  if (!setting) throw new AppError("NOT_FOUND", "Message setting not found");
  return setting;
}
