"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { settingsSchema } from "./schemas";
import { updateSettings } from "./settings";
// For its effect: registers the resource declarations (Next.js may load an action before any page).
import "../api/resources";

/**
 * Server actions of the admin settings page: the browser's edge to the service behind
 * /v1/settings, which authorises (admins only).
 */

const SETTINGS_FIELDS = Object.keys(settingsSchema.shape);

export async function saveSettingsAction(values: unknown): Promise<ActionResult> {
  const actor = await requireSessionActor("/admin/settings");
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return actionFailure(parsed.error, { fields: SETTINGS_FIELDS });
  try {
    await updateSettings(actor, parsed.data);
  } catch (error) {
    return actionFailure(error, { fields: SETTINGS_FIELDS });
  }
  // The footer of every page shows the settings.
  revalidatePath("/", "layout");
  return { ok: true };
}
