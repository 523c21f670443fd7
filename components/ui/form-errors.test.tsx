import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormAlert, formFields, showActionErrors } from "./form-errors";

/** What `setError` was told, in order. */
function recorder() {
  const calls: [string, string, boolean][] = [];
  const setError = (name: string, error: { message?: string }, options?: { shouldFocus?: boolean }) => {
    calls.push([name, error.message ?? "", options?.shouldFocus ?? false]);
  };
  return { calls, setError };
}

describe("showActionErrors", () => {
  it("puts each message beside its field, focusing the first, and the rest with the form-level message in root.server", () => {
    const { calls, setError } = recorder();
    showActionErrors(
      {
        ok: false,
        fieldErrors: { speakerIds: "Unknown speaker", title: "Title is required", "data/id": "Wrong id", endsAt: undefined },
        formError: "Sessions of this event are locked.",
      },
      setError,
      formFields(["title", "speakers"], { speakerIds: "speakers" }),
    );
    expect(calls).toEqual([
      ["speakers", "Unknown speaker", true],
      ["title", "Title is required", false],
      ["root.server", "Sessions of this event are locked. Wrong id", false],
    ]);
  });

  it("leaves root.server alone when every message has its field", () => {
    const { calls, setError } = recorder();
    showActionErrors({ ok: false, fieldErrors: { email: "Not an address" } }, setError, formFields(["email"]));
    expect(calls).toEqual([["email", "Not an address", true]]);
  });

  it("maps paths with a function (entries of lists)", () => {
    const { calls, setError } = recorder();
    const fieldOf = (name: string) => (/^tracks\.\d+\.id$/.test(name) ? name.replace(/id$/, "name") : undefined);
    showActionErrors({ ok: false, fieldErrors: { "tracks.1.id": "Unknown track", tracks: "Too many" } }, setError, fieldOf);
    expect(calls).toEqual([
      ["tracks.1.name", "Unknown track", true],
      ["root.server", "Too many", false],
    ]);
  });
});

describe("FormAlert", () => {
  it("shows the message as an alert, and nothing without one", () => {
    expect(renderToStaticMarkup(<FormAlert message={undefined} />)).toBe("");
    expect(renderToStaticMarkup(<FormAlert message="Saving failed." />)).toBe(
      '<div role="alert" class="rounded-md border border-red-200 bg-red-50 text-sm text-red-800 px-4 py-3">Saving failed.</div>',
    );
    expect(renderToStaticMarkup(<FormAlert message="The link expired." compact>{" "}<a href="/forgot-password">Get a new link</a></FormAlert>)).toBe(
      '<div role="alert" class="rounded-md border border-red-200 bg-red-50 text-sm text-red-800 px-3 py-2">The link expired. <a href="/forgot-password">Get a new link</a></div>',
    );
  });
});
