"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { pageSchema } from "./schemas";
import { createPage, deletePage, updatePage } from "./services";
// For its effect: registers the resource declarations (Next.js may load an action before any page).
import "../api/resources";

/**
 * Server actions of the admin pages editor: the browser's edge to the services behind
 * /v1/pages, which authorise (admins only).
 */

const PAGE_FIELDS = Object.keys(pageSchema.shape);

/** The footer of every page lists the footer's pages. */
const refresh = () => revalidatePath("/", "layout");

const pageFailure = (error: unknown) => actionFailure(error, { fields: PAGE_FIELDS, notFound: "This page does not exist any more." });

/** Creates a page (`id` absent) or saves one; answers the page's id. */
export async function savePageAction(id: number | undefined, values: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await requireSessionActor("/admin/pages");
  const parsed = pageSchema.safeParse(values);
  if (!parsed.success) return pageFailure(parsed.error);
  try {
    const page = id === undefined ? await createPage(actor, parsed.data) : await updatePage(actor, id, parsed.data);
    refresh();
    return { ok: true, data: { id: page.id } };
  } catch (error) {
    return pageFailure(error);
  }
}

export async function deletePageAction(id: number): Promise<ActionResult> {
  const actor = await requireSessionActor("/admin/pages");
  try {
    await deletePage(actor, id);
  } catch (error) {
    return pageFailure(error);
  }
  refresh();
  return { ok: true };
}
