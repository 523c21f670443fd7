import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageHeader } from "./page-header";

describe("PageHeader", () => {
  it("is the page's one h1 with the line about it, and puts the page's action beside them", () => {
    expect(renderToStaticMarkup(<PageHeader title="Edit event" />)).toBe('<div><h1 class="text-2xl font-semibold tracking-tight">Edit event</h1></div>');
    expect(renderToStaticMarkup(<PageHeader title="Sessions" description="Times are in Asia/Tokyo." action={<a href="/new">New session</a>} />)).toBe(
      '<div class="flex flex-wrap items-end justify-between gap-3"><div><h1 class="text-2xl font-semibold tracking-tight">Sessions</h1>' +
        '<p class="mt-1 text-sm text-slate-600">Times are in Asia/Tokyo.</p></div><a href="/new">New session</a></div>',
    );
  });
});
