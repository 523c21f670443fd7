import { render, toPlainText } from "@react-email/render";
import type { ReactNode } from "react";
import { env } from "../env";

/*
 * Every mail is one React element, written once: `renderMail` renders it to HTML (react-email)
 * and derives the plain-text part from that HTML, so the two cannot say different things. React
 * escapes every value, so a user-supplied session title can never inject markup.
 *
 * A few marks tell the text what the HTML shows by its look: `Quoted` (bold in HTML, "quoted" in
 * text), the action button (`label: URL`), the signature (`-- ` above it), and
 * `data-skip-in-text` for what only the HTML says.
 */

/** An absolute URL for a link in a mail (mail clients cannot resolve paths). */
export function absoluteUrl(link: string): string {
  return /^https?:\/\//.test(link) ? link : new URL(link, env().APP_URL).toString();
}

/** What a mail says; `renderMail` writes it as HTML and as text. */
export interface MailMessage {
  subject: string;
  /** The paragraphs after the greeting. */
  body: ReactNode;
  /** The one thing to do: a button in HTML, `label: URL` in the text. */
  action?: { href: string; label: string };
}

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

/** A title or other user text set apart: bold in HTML, in quotes in the text. */
export function Quoted({ children }: { children: ReactNode }) {
  return <strong data-text-format="quoted">{children}</strong>;
}

/**
 * The shared frame of every HTML mail: heading, greeting, body, the action, and a footer saying
 * why the mail came. Styles are inline and the button is a styled link, because mail clients
 * drop <style> blocks.
 */
function MailLayout({ heading, greeting, action, children }: { heading: string; greeting: string; action?: MailMessage["action"]; children: ReactNode }) {
  const appUrl = env().APP_URL;
  return (
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- a mail document, not a page of the app */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{heading}</title>
      </head>
      <body style={{ margin: 0, padding: 0, background: "#f4f4f5", fontFamily: "Arial,Helvetica,sans-serif", color: "#18181b" }}>
        <div style={{ maxWidth: 560, margin: "0 auto", padding: 24 }}>
          <div style={{ background: "#ffffff", borderRadius: 8, padding: 24 }}>
            <h1 style={{ fontSize: 20, margin: "0 0 16px" }}>{heading}</h1>
            <p>{`Hello ${greeting},`}</p>
            {children}
            {action && (
              <p style={{ margin: "24px 0" }}>
                <a
                  href={absoluteUrl(action.href)}
                  data-text-format="button"
                  style={{ background: "#1d4ed8", color: "#ffffff", padding: "10px 18px", borderRadius: 6, textDecoration: "none", display: "inline-block" }}
                >
                  {action.label}
                </a>
              </p>
            )}
          </div>
          <p data-text-format="signature" style={{ fontSize: 12, color: "#71717a", margin: "16px 0 0" }}>
            {`Sent by Open Event (${appUrl}).`}
            <span data-skip-in-text="true"> You receive this mail because of your account or role on this platform.</span>
          </p>
        </div>
      </body>
    </html>
  );
}

/** The parts of html-to-text's formatter API that the marks above use. */
interface TextElement {
  attribs?: Record<string, string>;
  children: unknown[];
}
interface TextBuilder {
  openBlock(options: { leadingLineBreaks: number }): void;
  closeBlock(options: { trailingLineBreaks: number }): void;
  addInline(text: string, options?: { noWordTransform: boolean }): void;
  addLiteral(text: string): void;
  addLineBreak(): void;
}
type Formatter = (elem: TextElement, walk: (nodes: unknown[], builder: TextBuilder) => void, builder: TextBuilder) => void;

const button: Formatter = (elem, walk, builder) => {
  walk(elem.children, builder);
  builder.addInline(`: ${elem.attribs?.href ?? ""}`, { noWordTransform: true });
};

/** The usenet signature delimiter ("-- " on a line of its own) that mail readers recognise. */
const signature: Formatter = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addLiteral("-- ");
  builder.addLineBreak();
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 1 });
};

/** How the text part reads the HTML, beside react-email's own selectors (which skip images and `data-skip-in-text`). */
const TEXT_OPTIONS = {
  // React writes no whitespace between tags, so what there is belongs to the values (a title typed
  // with two spaces): the text keeps it as typed instead of collapsing it like a browser.
  whitespaceCharacters: "",
  selectors: [
    { selector: "h1", options: { uppercase: false } },
    // An inline link keeps its words and shows where it goes.
    { selector: "a", options: { linkBrackets: ["(", ")"] } },
    { selector: "a[data-text-format=button]", format: "button" },
    { selector: "strong[data-text-format=quoted]", format: "inlineSurround", options: { prefix: '"', suffix: '"' } },
    { selector: "p[data-text-format=signature]", format: "signature" },
  ],
  formatters: { button, signature },
};

/**
 * React's streaming renderer marks Suspense boundaries and splits adjacent text with comments
 * that only hydration reads; a mail is never hydrated, so they go.
 */
const withoutReactMarkers = (html: string) => html.replace(/<!--(?: |\$|\/\$|html|head|body)-->/g, "");

export async function renderMail(message: MailMessage, greeting: string): Promise<MailContent> {
  const html = withoutReactMarkers(
    await render(
      <MailLayout heading={message.subject} greeting={greeting} action={message.action}>
        {message.body}
      </MailLayout>,
    ),
  );
  return { subject: message.subject, html, text: `${toPlainText(html, TEXT_OPTIONS)}\n` };
}
