import { env } from "../env";
import { html, type SafeHtml } from "./html";

/** An absolute URL for a link in a mail (mail clients cannot resolve paths). */
export function absoluteUrl(link: string): string {
  return /^https?:\/\//.test(link) ? link : new URL(link, env().APP_URL).toString();
}

/** A button-styled link; table-free inline styles because mail clients drop <style> blocks. */
export function mailButton(href: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0"><a href="${absoluteUrl(href)}" style="background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${label}</a></p>`;
}

/**
 * The shared frame of every HTML mail: heading, body, and a footer saying why the mail came.
 * Styles are inline for the same reason as in `mailButton`.
 */
export function mailLayout({ heading, body }: { heading: string; body: SafeHtml }): string {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${heading}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b">
<div style="max-width:560px;margin:0 auto;padding:24px">
<div style="background:#ffffff;border-radius:8px;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${heading}</h1>
${body}
</div>
<p style="font-size:12px;color:#71717a;margin:16px 0 0">Sent by Open Event (${env().APP_URL}). You receive this mail because of your account or role on this platform.</p>
</div>
</body>
</html>`.value;
}

/** The plain-text counterpart of `mailLayout`. */
export function textLayout({ heading, body }: { heading: string; body: string }): string {
  return `${heading}\n\n${body.trim()}\n\n-- \nSent by Open Event (${env().APP_URL}).\n`;
}
