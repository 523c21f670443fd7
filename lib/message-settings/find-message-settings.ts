import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { MessageSettings, Prisma } from "../generated/prisma/client";
import type { OrderBy } from "../jsonapi/query";
import { NOTIFICATION_ACTIONS } from "../notifications/schemas";
import { ensureMessageSettings, requireAdmin } from "./access";
import { pageWindow } from "../pagination";

export interface FindMessageSettingsQuery {
  where?: Prisma.MessageSettingsWhereInput | Record<string, unknown>;
  orderBy?: OrderBy;
  page?: { size: number; number: number };
}

/** Every action's settings (admins only), one row per catalogue action. */
export async function findMessageSettings(
  actor: Actor,
  query: FindMessageSettingsQuery = {},
): Promise<{ items: MessageSettings[]; count: number }> {
  requireAdmin(actor);
  await ensureMessageSettings();
  // Rows of actions the catalogue no longer has stay in the table but are not offered.
  const where: Prisma.MessageSettingsWhereInput = { AND: [{ action: { in: [...NOTIFICATION_ACTIONS] } }, query.where ?? {}] };
  const page = query.page ?? { size: 100, number: 1 };
  const [items, count] = await Promise.all([
    db.messageSettings.findMany({
      where,
      orderBy: (query.orderBy?.length ? query.orderBy : [{ id: "asc" }]) as Prisma.MessageSettingsOrderByWithRelationInput[],
      ...pageWindow(page),
    }),
    db.messageSettings.count({ where }),
  ]);
  return { items, count };
}
