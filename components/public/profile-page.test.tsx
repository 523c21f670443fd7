import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExternalLinks, ProfilePage, ProfileText } from "./profile-page";

describe("ProfilePage", () => {
  it("leads back to the event and to the list the page belongs to, then shows the header and the sections", () => {
    const html = renderToStaticMarkup(
      <ProfilePage event={{ identifier: "ots 2027", name: "Open Tech" }} parent={{ label: "Schedule", href: "/e/ots%202027/schedule?day=2027-03-11" }} header={<h1>Talk</h1>}>
        <p>Body</p>
      </ProfilePage>,
    );
    expect(html).toBe(
      '<article class="space-y-6"><nav aria-label="Breadcrumb" class="text-sm text-slate-600"><ol class="flex flex-wrap items-center gap-1">' +
        '<li><a class="hover:underline" href="/e/ots%202027">Open Tech</a></li><li aria-hidden="true">/</li>' +
        '<li><a class="hover:underline" href="/e/ots%202027/schedule?day=2027-03-11">Schedule</a></li></ol></nav><h1>Talk</h1><p>Body</p></article>',
    );
  });
});

describe("ProfileText", () => {
  it("shows the long text, else the short one, else nothing", () => {
    expect(renderToStaticMarkup(<ProfileText id="bio" title="About" long="<p>Long</p>" short="Short" />)).toMatch(
      /^<section aria-labelledby="bio" class="space-y-2"><h2 id="bio" class="text-lg font-semibold">About<\/h2><div class="[^"]*"><p>Long<\/p><\/div><\/section>$/,
    );
    expect(renderToStaticMarkup(<ProfileText id="bio" title="About" long="" short="Short" />)).toContain("><p>Short</p></div>");
    expect(renderToStaticMarkup(<ProfileText id="bio" title="About" long={null} short={null} />)).toBe("");
  });
});

describe("ExternalLinks", () => {
  it("lists only the links that have an address, none followed by search engines", () => {
    expect(renderToStaticMarkup(<ExternalLinks links={[["Slides", "https://example.org/s.pdf"], ["Video", null], ["Audio", "https://example.org/a.mp3"]]} />)).toBe(
      '<ul class="flex flex-wrap gap-3 text-sm">' +
        '<li><a href="https://example.org/s.pdf" rel="nofollow noopener noreferrer" class="font-medium text-brand-700 hover:underline">Slides</a></li>' +
        '<li><a href="https://example.org/a.mp3" rel="nofollow noopener noreferrer" class="font-medium text-brand-700 hover:underline">Audio</a></li></ul>',
    );
    expect(renderToStaticMarkup(<ExternalLinks links={[["Website", null]]} />)).toBe("");
  });
});
