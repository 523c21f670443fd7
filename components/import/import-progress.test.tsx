import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ImportProgress } from "./import-progress";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("ImportProgress", () => {
  it("shows a failed import as failed with its reason, without the percent it had reached", () => {
    const html = renderToStaticMarkup(
      <ImportProgress
        status={{ state: "FAILURE", progress: { text: "Reading the archive", percent: 2 }, error: { message: "The archive has no event.json" } }}
      />,
    );
    expect(text(html)).toBe("Import failed The archive has no event.json. Nothing was imported.");
    expect(html).toContain('role="alert"');
    expect(html).not.toContain("progressbar");
    expect(html).not.toMatch(/\d+%/);
  });

  it("follows a running import with its step and percent, and a finished one at 100 %", () => {
    const running = renderToStaticMarkup(<ImportProgress status={{ state: "STARTED", progress: { text: "Storing media (3/10)", percent: 18 } }} />);
    expect(text(running)).toBe("Storing media (3/10) 18%");
    expect(running).toContain('aria-valuenow="18"');
    expect(running).toContain('aria-valuetext="18% — Storing media (3/10)"');

    const done = renderToStaticMarkup(
      <ImportProgress
        status={{ state: "SUCCESS", progress: { text: "Done", percent: 100 }, result: { id: 4, event_name: "PyCon 2017", url: "/events/pycon17", counts: { sessions: 147, speakers: 143 } } }}
      />,
    );
    expect(text(done)).toBe("Import finished 100% PyCon 2017 was imported as a draft with 147 sessions and 143 speakers. Open PyCon 2017");
    expect(done).toContain('href="/events/pycon17"');
  });
});
