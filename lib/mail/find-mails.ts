import type { Actor } from "../auth/actor";
import { requireAdminAccess } from "../auth/require-admin";
import { db } from "../db";
import type { Mail, Prisma } from "../generated/prisma/client";
import type { CollectionQuery } from "../jsonapi/resource";
import { requireAdmin } from "../message-settings/access";
import { pageWindow } from "../pagination";

export const MAIL_LOG_PAGE_SIZE = 25;

export interface FindMailsQuery {
  /** Matches recipient, subject or action, case-insensitively, anywhere in the text. */
  search?: string;
  /** Only mails of the last this many 24-hour periods (the admin mail statistics' figures link here). */
  days?: number;
  /** Only mails of this UTC day, "2027-03-11" (a day of the statistics' time series). */
  date?: string;
  page?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The mails' time window of a query, or undefined for all of them. */
function timeWhere(query: FindMailsQuery, now: Date): Prisma.DateTimeFilter | undefined {
  if (query.date) {
    const start = new Date(`${query.date}T00:00:00Z`);
    return { gte: start, lt: new Date(start.getTime() + DAY_MS) };
  }
  if (query.days) return { gte: new Date(now.getTime() - query.days * DAY_MS) };
  return undefined;
}

const listSelect = {
  id: true,
  recipient: true,
  time: true,
  action: true,
  subject: true,
  status: true,
  attempts: true,
} satisfies Prisma.MailSelect;

export type MailListItem = Prisma.MailGetPayload<{ select: typeof listSelect }>;

/**
 * The admin mail log: newest first, 25 a page, without the bodies (the detail view loads
 * one), optionally within a period (`days`) or on a day (`date`). Admins only; others get 404
 * like any page they may not see.
 */
export async function findMails(
  actor: Actor,
  query: FindMailsQuery = {},
  now: Date = new Date(),
): Promise<{ items: MailListItem[]; count: number; page: number; pageSize: number }> {
  requireAdmin(actor);
  const search = query.search?.trim().slice(0, 200);
  const time = timeWhere(query, now);
  const where: Prisma.MailWhereInput = {
    ...(search
      ? {
          OR: [
            { recipient: { contains: search, mode: "insensitive" } },
            { subject: { contains: search, mode: "insensitive" } },
            { action: { contains: search, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(time ? { time } : {}),
  };
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const [items, count] = await Promise.all([
    db.mail.findMany({
      where,
      orderBy: [{ time: "desc" }, { id: "desc" }],
      ...pageWindow({ number: page, size: MAIL_LOG_PAGE_SIZE }),
      select: listSelect,
    }),
    db.mail.count({ where }),
  ]);
  return { items, count, page, pageSize: MAIL_LOG_PAGE_SIZE };
}

/**
 * `GET /v1/mails`: the mail log as an Open Event collection (filter, sort, page from the shared
 * collection layer; newest first unless sorted), bodies included as in OES's `mail` documents.
 * Admins only, as Open Event's `is_admin`: the list's existence is no secret, so other users get
 * 403 (anonymous 401).
 */
export async function findMailLog(actor: Actor, query: CollectionQuery): Promise<{ items: Mail[]; count: number }> {
  requireAdminAccess(actor);
  const where = query.where as Prisma.MailWhereInput;
  const [items, count] = await Promise.all([
    db.mail.findMany({ where, orderBy: [...(query.orderBy as Prisma.MailOrderByWithRelationInput[]), { id: "desc" }], ...pageWindow(query.page) }),
    db.mail.count({ where }),
  ]);
  return { items, count };
}
