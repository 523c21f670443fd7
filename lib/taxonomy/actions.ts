"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { ADMIN_TAXONOMY_KINDS, type AdminTaxonomyKind } from "./admin";
import { createTaxonomy, deleteTaxonomy, updateTaxonomy } from "./services";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Server actions of the admin taxonomy pages over the services of `/v1/event-topics`,
 * `/event-sub-topics` and `/event-types` (which refuse non-admins). A sub-topic is created under
 * its topic (`parentId`).
 */

const FIELDS = ["name", "slug", "systemImageUrl"];
const failure = (error: unknown) => actionFailure(error, { notFound: "This entry no longer exists.", fields: FIELDS });

function kindOf(kind: AdminTaxonomyKind) {
  if (!Object.hasOwn(ADMIN_TAXONOMY_KINDS, kind)) throw new Error(`Unknown taxonomy kind ${String(kind)}`);
  return ADMIN_TAXONOMY_KINDS[kind];
}

function refresh() {
  // Topics and types show on public event pages and the event forms too.
  revalidatePath("/", "layout");
}

export async function saveTaxonomyAction(
  kind: AdminTaxonomyKind,
  id: number | null,
  values: unknown,
  parentId?: number,
): Promise<ActionResult<{ id: number }>> {
  const actor = await requireSessionActor("/admin");
  const taxonomy = kindOf(kind);
  const parsed = (id === null ? taxonomy.createSchema : taxonomy.updateSchema).safeParse(values);
  if (!parsed.success) return failure(parsed.error);
  try {
    const row = (
      id === null
        ? await createTaxonomy(taxonomy, actor, parsed.data, parentId === undefined ? {} : { parentId: String(parentId) })
        : await updateTaxonomy(taxonomy, actor, id, parsed.data)
    ) as { id: number };
    refresh();
    return { ok: true, data: { id: row.id } };
  } catch (error) {
    return failure(error);
  }
}

export async function deleteTaxonomyAction(kind: AdminTaxonomyKind, id: number): Promise<ActionResult> {
  const actor = await requireSessionActor("/admin");
  try {
    await deleteTaxonomy(kindOf(kind), actor, id);
    refresh();
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}
