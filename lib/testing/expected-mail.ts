/**
 * The HTML that lib/mail/layout.tsx writes around a mail's body, written out by hand so that
 * tests compare whole documents. The arguments are HTML, escaped by the caller: a test states
 * the escaping it expects.
 */
export function expectedMailHtml({
  title,
  greeting,
  body,
  button,
  appUrl,
}: {
  title: string;
  greeting: string;
  body: string;
  button?: { href: string; label: string };
  appUrl: string;
}): string {
  return [
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>',
    `<title>${title}</title></head>`,
    '<body style="margin:0;padding:0;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b">',
    '<div style="max-width:560px;margin:0 auto;padding:24px"><div style="background:#ffffff;border-radius:8px;padding:24px">',
    `<h1 style="font-size:20px;margin:0 0 16px">${title}</h1>`,
    `<p>Hello ${greeting},</p>${body}`,
    button
      ? `<p style="margin:24px 0"><a href="${button.href}" data-text-format="button" style="background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${button.label}</a></p>`
      : "",
    "</div>",
    `<p data-text-format="signature" style="font-size:12px;color:#71717a;margin:16px 0 0">Sent by Open Event (${appUrl}).`,
    '<span data-skip-in-text="true"> You receive this mail because of your account or role on this platform.</span></p>',
    "</div></body></html>",
  ].join("");
}
