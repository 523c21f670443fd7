import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { safeHtml } from "../feeds/safe-html";
import { Prisma, type Page } from "../generated/prisma/client";
import { rowIdOrNotFound } from "../jsonapi/input";
import type { CollectionQuery } from "../jsonapi/resource";
import { pageWindow } from "../pagination";
import type { PageInput, UpdatePageInput } from "./schemas";

/**
 * Static pages (about, terms, privacy…): anyone reads them, only admins write. Refusals are
 * open (401 anonymous, 403 others): the pages are public, so a refusal reveals nothing.
 */

function requirePagesAdmin(actor: Actor): void {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to change pages");
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", "Only admins may change pages");
}

export async function findPages(_actor: Actor, query: CollectionQuery): Promise<{ items: Page[]; count: number }> {
  const [items, count] = await Promise.all([
    db.page.findMany({ where: query.where, orderBy: query.orderBy, ...pageWindow(query.page) }),
    db.page.count({ where: query.where }),
  ]);
  return { items, count };
}

export async function getPage(_actor: Actor, id: string | number): Promise<Page> {
  const page = await db.page.findUnique({ where: { id: rowIdOrNotFound(id, "Page") } });
  if (!page) throw notFound("Page");
  return page;
}

/** The page served at /pages/{url}, or null. */
export function getPageByUrl(url: string): Promise<Page | null> {
  return db.page.findUnique({ where: { url } });
}

/** Every page, for the admin list: by place, then in their order. */
export function findAllPages(): Promise<Page[]> {
  return db.page.findMany({ orderBy: [{ place: "asc" }, { index: "asc" }, { id: "asc" }] });
}

/** The footer's pages, in their order. */
export function findFooterPages(): Promise<Pick<Page, "name" | "url">[]> {
  return db.page.findMany({ where: { place: "footer" }, orderBy: [{ index: "asc" }, { id: "asc" }], select: { name: true, url: true } });
}

/** Stored HTML is sanitized once, here, so every client of the API gets safe markup. */
const sanitized = <T extends UpdatePageInput>(input: T): T =>
  input.description === undefined ? input : { ...input, description: safeHtml(input.description) || null };

async function uniqueUrl<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Another page has this URL", { field: "url" }, { cause: error });
    }
    throw error;
  }
}

export async function createPage(actor: Actor, input: PageInput): Promise<Page> {
  requirePagesAdmin(actor);
  return uniqueUrl(() => db.page.create({ data: sanitized(input) }));
}

export async function updatePage(actor: Actor, id: string | number, input: UpdatePageInput, options: { expectedId?: string } = {}): Promise<Page> {
  requirePagesAdmin(actor);
  const page = await getPage(actor, id);
  if (options.expectedId !== undefined && options.expectedId !== String(page.id)) {
    throw new AppError("CONFLICT", "data.id does not match the page in the URL", { pointer: "/data/id" });
  }
  return uniqueUrl(() => db.page.update({ where: { id: page.id }, data: sanitized(input) }));
}

export async function deletePage(actor: Actor, id: string | number): Promise<void> {
  requirePagesAdmin(actor);
  const page = await getPage(actor, id);
  await db.page.delete({ where: { id: page.id } });
}
