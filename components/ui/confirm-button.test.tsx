import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConfirmButton } from "./confirm-button";

const router = {} as AppRouterInstance;
const render = (element: React.ReactElement) =>
  renderToStaticMarkup(<AppRouterContext.Provider value={router}>{element}</AppRouterContext.Provider>);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
const action = async () => ({ ok: true as const });

describe("ConfirmButton", () => {
  it("asks about a row in place: at first only the button that names the row", () => {
    const html = render(<ConfirmButton label="Revoke" confirmLabel="Revoke invite" accessibleName="Revoke the invite to ann@example.org" action={action} />);
    expect(html).toMatch(/^<button type="button" class="[^"]*" aria-label="Revoke the invite to ann@example.org">Revoke<\/button>$/);
  });

  it("asks about a whole page in a closed modal dialog, labelled by its question, with Cancel before the action", () => {
    const html = render(
      <ConfirmButton
        label="Delete event"
        dialog={{ title: "Delete this event?", text: "“Meetup” and its public page will be removed." }}
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        action={action}
        redirectTo="/events"
      />,
    );
    expect(text(html)).toBe("Delete event Delete this event? “Meetup” and its public page will be removed. Cancel Delete");
    const dialog = /<dialog ([^>]*)>/.exec(html)?.[1] ?? "";
    expect(dialog).not.toContain("open");
    const titleId = /aria-labelledby="([^"]+)"/.exec(dialog)?.[1];
    const textId = /aria-describedby="([^"]+)"/.exec(dialog)?.[1];
    expect(html).toContain(`<h2 id="${titleId}" class="text-lg font-semibold">Delete this event?</h2>`);
    expect(html).toContain(`<p id="${textId}" class="mt-2 text-sm text-slate-600">“Meetup” and its public page will be removed.</p>`);
    expect(html).toMatch(/<button type="button" class="[^"]*" autofocus="">Cancel<\/button><button type="button" class="[^"]*bg-red-600[^"]*">Delete<\/button>/);
  });
});
