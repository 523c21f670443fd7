import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { MessageSettings } from "../generated/prisma/client";
import { requireAdmin } from "./access";
import { messageSettingId } from "./get-message-setting";
import type { UpdateMessageSettingInput } from "./schemas";

/** Switches mail and/or in-app notifications of one action (admins only). Jobs read it when they run. */
export async function updateMessageSetting(
  actor: Actor,
  id: string,
  input: UpdateMessageSettingInput,
  options: { expectedId?: string } = {},
): Promise<MessageSettings> {
  requireAdmin(actor);
  if (options.expectedId !== undefined && options.expectedId !== id) {
    throw new AppError("CONFLICT", "data.id does not match the URL", { pointer: "/data/id" });
  }
  const { count } = await db.messageSettings.updateMany({ where: { id: messageSettingId(id) }, data: input });
  if (count === 0) throw new AppError("NOT_FOUND", "Message setting not found");
  return db.messageSettings.findUniqueOrThrow({ where: { id: messageSettingId(id) } });
}
