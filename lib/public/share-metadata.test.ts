import { describe, expect, it } from "vitest";
import { previewText, shareMetadata } from "./share-metadata";

describe("share metadata", () => {
  it("turns stored rich text into one plain line, cut at a word with an ellipsis", () => {
    expect(previewText("<p>Open <b>source</b> &amp; <script>alert(1)</script>hardware</p>\n\n<p>Two days.</p>")).toBe("Open source & hardware Two days.");
    expect(previewText("word ".repeat(100), 20)).toBe("word word word word…");
    expect(previewText("  ")).toBeUndefined();
    expect(previewText(null)).toBeUndefined();
  });

  it("gives the canonical URL and Open Graph and Twitter tags with absolute URLs", () => {
    expect(shareMetadata({ origin: "https://ev.example", path: "/e/x", title: "X", description: "About X", image: "/images/x.svg" })).toEqual({
      title: "X",
      description: "About X",
      alternates: { canonical: "https://ev.example/e/x" },
      openGraph: { type: "website", url: "https://ev.example/e/x", title: "X", description: "About X", images: ["https://ev.example/images/x.svg"], siteName: "Open Event" },
      twitter: { card: "summary_large_image", title: "X", description: "About X", images: ["https://ev.example/images/x.svg"] },
    });
    expect(shareMetadata({ origin: "https://ev.example", path: "/e/x/speakers/1", title: "Ana", image: null, type: "profile" })).toEqual({
      title: "Ana",
      description: undefined,
      alternates: { canonical: "https://ev.example/e/x/speakers/1" },
      openGraph: { type: "profile", url: "https://ev.example/e/x/speakers/1", title: "Ana", description: undefined, images: undefined, siteName: "Open Event" },
      twitter: { card: "summary", title: "Ana", description: undefined, images: undefined },
    });
  });
});
