import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { EventSetup } from "@/lib/event-setup/load";
import { EventSetupForm } from "./event-setup-form";

const setup: EventSetup = {
  tracks: [{ id: 7, name: "Web", color: "#2563eb", description: null, position: 0, sessionCount: 2 }],
  microlocations: [
    { id: 3, name: "Hall A", floor: null, room: "A-1", position: 0, sessionCount: 0 },
    { id: 4, name: "Hall B", floor: -1, room: null, position: 1, sessionCount: 1 },
  ],
  sessionTypes: [],
};

function render(initial: EventSetup) {
  return renderToStaticMarkup(
    <AppRouterContext.Provider value={{} as AppRouterInstance}>
      <EventSetupForm eventId="conf" initial={initial} />
    </AppRouterContext.Provider>,
  );
}

/** Every element with an id, as `tag#id`, in document order. */
const ids = (html: string) => [...html.matchAll(/<(\w+) [^>]*?\bid="([^"]+)"/g)].map(([, tag, id]) => `${tag}#${id}`);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("EventSetupForm", () => {
  it("edits the three lists with one editor: the same frame, row buttons and ids (which focus and messages rely on) in each", () => {
    const html = render(setup);
    expect(ids(html).filter((id) => !id.startsWith("p#"))).toEqual([
      "h2#tracks-heading",
      "button#tracks-0-up",
      "button#tracks-0-down",
      "button#tracks-0-remove",
      "input#tracks-0-name",
      "input#tracks-0-color",
      "input#tracks-0-description",
      "button#tracks-add",
      "h2#microlocations-heading",
      "button#microlocations-0-up",
      "button#microlocations-0-down",
      "button#microlocations-0-remove",
      "input#microlocations-0-name",
      "input#microlocations-0-floor",
      "input#microlocations-0-room",
      "button#microlocations-1-up",
      "button#microlocations-1-down",
      "button#microlocations-1-remove",
      "input#microlocations-1-name",
      "input#microlocations-1-floor",
      "input#microlocations-1-room",
      "button#microlocations-add",
      "h2#sessionTypes-heading",
      "button#sessionTypes-add",
    ]);
    expect(text(html)).toBe(
      [
        "Tracks Themes that group sessions; the color marks them on the schedule.",
        "#1 · used by 2 sessions ↑ ↓ ✕ Track name * Color * #rrggbb Description Add track",
        "Rooms Where sessions take place, in the order the schedule shows them as columns.",
        "#1 ↑ ↓ ✕ Room name * Floor Room number #2 · used by 1 session ↑ ↓ ✕ Room name * Floor Room number Add room",
        "Session types Formats such as talks or workshops, with the length a new session of that type gets.",
        "None yet. Add session type Discard changes Save changes",
      ].join(" "),
    );
  });

  it("names each input after its entry's field and the row buttons after the entry", () => {
    const html = render(setup);
    const input = (id: string) => new RegExp(`<input [^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? "";
    expect(input("tracks-0-name")).toContain('name="tracks.0.name"');
    expect(input("tracks-0-color")).toContain('name="tracks.0.color"');
    expect(input("tracks-0-color")).toContain('aria-describedby="tracks-0-color-hint"');
    expect(input("microlocations-1-floor")).toContain('name="microlocations.1.floor"');
    expect(input("microlocations-0-floor")).toContain('inputMode="numeric"');
    expect(input("tracks-0-name")).toContain('aria-required="true"');
    expect(html).toContain('aria-label="Pick color for track 1"');
    expect(html).toContain('aria-label="Move room “Hall B” up"');
    expect(html).toContain('aria-label="Remove track “Web”"');
    expect(html).toMatch(/<button type="button" id="tracks-0-up" [^>]*aria-disabled="true"/);
  });
});
