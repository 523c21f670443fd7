import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { Actor } from "../auth/actor";
import { loadActor } from "../auth/get-actor";
import { db } from "../db";
import { authSecret, env } from "../env";
import { AppError } from "../errors";
import { exportDownloadUrl } from "./paths";
import { exportFileNameSchema } from "./schemas";

/**
 * Signed download links of finished exports: absolute URLs that work without any header, so a
 * client can use one as a plain link (Open Event's frontend sets `window.location` to it, or
 * fetches the zip cross-origin without a token).
 *
 * `<APP_URL>/v1/events/<event id>/exports/<file>?expires=<unix seconds>&signature=<HMAC>`, the
 * HMAC-SHA256 (key derived from the app's signing secret) over the event id, the file name, the
 * expiry, and the id and session version of the user who asked for the export. So a link names
 * one file and ends at `expires`; it acts for that user, whose rights are checked again (one who
 * can no longer export the event gets 404); and it dies with that user's tokens when their
 * password changes (the session version rises).
 */

const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;
const EXPIRES = /^\d{1,12}$/;
const EVENT_ID = /^\d{1,10}$/;

/** Its own key, so that no other signature made with the secret (API tokens) can pass for a link. */
const linkKey = () => Buffer.from(hkdfSync("sha256", authSecret(), "", "open-event export download link", 32));

function signature(link: { eventId: number; fileName: string; expires: number; userId: number; sessionVersion: number }): Buffer {
  const message = JSON.stringify([link.eventId, link.fileName, link.expires, link.userId, link.sessionVersion]);
  return createHmac("sha256", linkKey()).update(message).digest();
}

/** The signed link to an export file of `userId`, valid EXPORT_LINK_TTL_SECONDS from `now`. */
export async function exportDownloadLink(eventId: number, fileName: string, userId: number, now = new Date()): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  const expires = Math.floor(now.getTime() / 1000) + env().EXPORT_LINK_TTL_SECONDS;
  const signed = signature({ eventId, fileName, expires, userId, sessionVersion: user?.sessionVersion ?? 0 }).toString("base64url");
  return `${env().APP_URL.replace(/\/+$/, "")}${exportDownloadUrl(eventId, fileName)}?expires=${expires}&signature=${signed}`;
}

/** Whether a request for an export file carries a link signature (rather than a token or cookie). */
export const isSignedExportRequest = (query: URLSearchParams) => query.has("signature") || query.has("expires");

const refused = () =>
  new AppError("FORBIDDEN", "This download link is invalid or has expired; export again for a new one", { parameter: "signature" });

/**
 * The user a signed link to an export file acts for. Whatever is wrong with the link itself
 * (tampered, expired, for another file or event, its user's password changed since) is one 403
 * that says nothing about which; the caller still checks that user's rights to the file.
 */
export async function exportLinkActor(eventIdParam: string, fileName: string, query: URLSearchParams, now = new Date()): Promise<NonNullable<Actor>> {
  const expiresParam = query.get("expires") ?? "";
  const given = query.get("signature") ?? "";
  if (!EXPIRES.test(expiresParam) || !SIGNATURE.test(given) || !EVENT_ID.test(eventIdParam) || !exportFileNameSchema.safeParse(fileName).success) {
    throw refused();
  }
  const expires = Number(expiresParam);
  if (expires * 1000 <= now.getTime()) throw refused();
  const eventId = Number(eventIdParam);
  const job = await db.exportJob.findFirst({
    where: { eventId, fileName, status: "done" },
    select: { user: { select: { id: true, sessionVersion: true } } },
  });
  if (!job?.user) throw refused();
  // Compared as text: base64 has several spellings of the same bytes, a link has one.
  const expected = signature({ eventId, fileName, expires, userId: job.user.id, sessionVersion: job.user.sessionVersion }).toString("base64url");
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(given))) throw refused();
  const actor = await loadActor(job.user.id, job.user.sessionVersion);
  if (!actor) throw refused();
  return actor;
}
