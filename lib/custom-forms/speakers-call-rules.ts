import { safeHtml } from "../feeds/safe-html";
import { DocumentValidationError, type Issue } from "../jsonapi/errors";

/** A call's window as it would be stored. */
interface Window {
  startsAt: Date;
  softEndsAt: Date | null;
  endsAt: Date;
}

/** Refuses a window that ends before it starts, or an announced deadline outside it. */
export function checkCallWindow(window: Window): void {
  const issues: Issue[] = [];
  if (window.endsAt <= window.startsAt) issues.push({ detail: "Must be after starts-at", field: "endsAt" });
  else if (window.softEndsAt && (window.softEndsAt <= window.startsAt || window.softEndsAt > window.endsAt)) {
    issues.push({ detail: "Must be after starts-at and not after ends-at", field: "softEndsAt" });
  }
  if (issues.length) throw new DocumentValidationError(issues);
}

/** The announcement as stored: sanitized HTML (the allow-list of the public pages), null when empty. */
export const cleanAnnouncement = (announcement: string | null | undefined): string | null => safeHtml(announcement) || null;
