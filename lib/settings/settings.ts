import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { Setting } from "../generated/prisma/client";
import type { UpdateSettingsInput } from "./schemas";

/** Open Event serves its settings as the row with id 1, at /v1/settings and /v1/settings/1. */
export const SETTINGS_ID = 1;

/**
 * The settings row. A database that was migrated and never seeded has none; the defaults then
 * appear (idempotent under concurrency: the id is fixed and `skipDuplicates` ignores the loser).
 */
export async function getSettings(): Promise<Setting> {
  const row = await db.setting.findUnique({ where: { id: SETTINGS_ID } });
  if (row) return row;
  await db.setting.createMany({ data: [{ id: SETTINGS_ID }], skipDuplicates: true });
  return db.setting.findUniqueOrThrow({ where: { id: SETTINGS_ID } });
}

/** The `/{id}` form of the singleton route: any id but 1 is 404. */
export async function getSettingsById(id: string): Promise<Setting> {
  if (id !== String(SETTINGS_ID)) throw new AppError("NOT_FOUND", "Settings not found");
  return getSettings();
}

/** Everyone reads the public settings, so a refusal reveals nothing: 401 anonymous, 403 others. */
export function requireSettingsAdmin(actor: Actor): void {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in as an administrator");
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", "Only administrators may change the settings");
}

/**
 * Changes the settings (admins only). `urlId` is the `{id}` of /v1/settings/{id} (absent on
 * /v1/settings, which Open Event's frontend never patches but scripts may); `expectedId` is the
 * document's `data.id`, which must name the row.
 */
export async function updateSettings(
  actor: Actor,
  input: UpdateSettingsInput,
  options: { urlId?: string; expectedId?: string } = {},
): Promise<Setting> {
  requireSettingsAdmin(actor);
  if (options.urlId !== undefined && options.urlId !== String(SETTINGS_ID)) throw new AppError("NOT_FOUND", "Settings not found");
  if (options.expectedId !== undefined && options.expectedId !== String(SETTINGS_ID)) {
    throw new AppError("CONFLICT", "data.id does not match the settings", { pointer: "/data/id" });
  }
  await getSettings();
  return db.setting.update({ where: { id: SETTINGS_ID }, data: input });
}
