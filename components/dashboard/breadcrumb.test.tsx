import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Breadcrumb, EventBreadcrumb } from "./breadcrumb";

const text = (html: string) => html.replace(/<[^>]+>/g, "");
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, href, label]) => [label, href]);

describe("Breadcrumb", () => {
  it("links every step up and names the current page last", () => {
    const html = renderToStaticMarkup(<Breadcrumb trail={[{ label: "My sessions", href: "/my-sessions" }, { label: "Realtime editors" }]} />);
    expect(text(html)).toBe("My sessions / Realtime editors");
    expect(links(html)).toEqual([["My sessions", "/my-sessions"]]);
    expect(html).toContain('<span aria-current="page">Realtime editors</span>');
    expect(html).toMatch(/^<nav aria-label="Breadcrumb" class="text-sm text-slate-500">/);
  });

  it("starts an event's pages with My events and the event", () => {
    const html = renderToStaticMarkup(
      <EventBreadcrumb event={{ identifier: "ots 2027", name: "Open Tech" }} trail={[{ label: "Sessions", href: "/events/ots%202027/sessions" }, { label: "New session" }]} />,
    );
    expect(text(html)).toBe("My events / Open Tech / Sessions / New session");
    expect(links(html)).toEqual([
      ["My events", "/events"],
      ["Open Tech", "/events/ots%202027"],
      ["Sessions", "/events/ots%202027/sessions"],
    ]);
  });
});
