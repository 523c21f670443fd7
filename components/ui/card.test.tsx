import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Card } from "./card";

describe("Card", () => {
  it("is a section named by its heading, with the line about it before its content", () => {
    expect(renderToStaticMarkup(<Card id="invite" title="Invite someone" description="They get an email."><form /></Card>)).toBe(
      '<section aria-labelledby="invite" class="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">' +
        '<h2 id="invite" class="text-base font-semibold">Invite someone</h2><p class="mt-1 text-sm text-slate-600">They get an email.</p><form></form></section>',
    );
  });

  it("is red for a page's irreversible action", () => {
    expect(renderToStaticMarkup(<Card id="danger-zone" tone="danger" title="Delete event" />)).toBe(
      '<section aria-labelledby="danger-zone" class="rounded-xl border border-red-200 bg-white p-5 shadow-sm sm:p-6">' +
        '<h2 id="danger-zone" class="text-base font-semibold text-red-800">Delete event</h2></section>',
    );
  });
});
