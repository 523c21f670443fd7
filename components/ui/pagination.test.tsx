import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination, pageNumber } from "./pagination";

/** The links as [text, href, rel] and the text between them. */
function read(html: string) {
  const links = [...html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes = "", label]) => [
    label,
    /href="([^"]*)"/.exec(attributes)?.[1],
    /rel="([^"]*)"/.exec(attributes)?.[1],
  ]);
  const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
  return { links, text };
}

describe("Pagination", () => {
  it("renders nothing when one page holds the whole list", () => {
    expect(renderToStaticMarkup(<Pagination page={1} pageSize={20} count={0} href="/events" />)).toBe("");
    expect(renderToStaticMarkup(<Pagination page={1} pageSize={20} count={20} href="/events" />)).toBe("");
  });

  it("links a path's pages with ?page=, page 1 without it", () => {
    expect(read(renderToStaticMarkup(<Pagination page={2} pageSize={20} count={41} href="/events" />))).toEqual({
      links: [
        ["Previous", "/events", "prev"],
        ["Next", "/events?page=3", "next"],
      ],
      text: "Previous Page 2 of 3 Next",
    });
    expect(read(renderToStaticMarkup(<Pagination page={1} pageSize={20} count={41} href="/" />))).toEqual({
      links: [["Next", "/?page=2", "next"]],
      text: "Page 1 of 3 Next",
    });
  });

  it("takes the URLs from a function so that filters survive paging", () => {
    const href = (page: number) => `/events/x/sessions?state=accepted&page=${page}`;
    expect(read(renderToStaticMarkup(<Pagination page={3} pageSize={10} count={30} href={href} />))).toEqual({
      links: [["Previous", "/events/x/sessions?state=accepted&amp;page=2", "prev"]],
      text: "Previous Page 3 of 3",
    });
  });

  it("leads from a page past the end back to the last page, even when the list fits on one", () => {
    expect(read(renderToStaticMarkup(<Pagination page={9} pageSize={20} count={45} href="/events" />))).toEqual({
      links: [["Previous", "/events?page=3", "prev"]],
      text: "Previous Page 9 of 3",
    });
    expect(read(renderToStaticMarkup(<Pagination page={4} pageSize={20} count={0} href="/events" />))).toEqual({
      links: [["Previous", "/events", "prev"]],
      text: "Previous Page 4 of 1",
    });
  });
});

describe("pageNumber", () => {
  it("reads a positive whole number and takes page 1 for anything else", () => {
    expect([undefined, "", "0", "-2", "1.5", "abc", "3", ["4", "5"]].map(pageNumber)).toEqual([1, 1, 1, 1, 1, 1, 3, 4]);
  });
});
