import { renderToStaticMarkup } from "react-dom/server";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { SelectField, TextField } from "./field";

const registration = (name: string) => ({ name, onChange: async () => {}, onBlur: async () => {}, ref: () => {} }) as UseFormRegisterReturn;
const tag = (html: string, name: string) => new RegExp(`<${name} [^>]*>`).exec(html)?.[0];

describe("TextField", () => {
  it("ties the input to its label, hint and error and marks it required and invalid", () => {
    const html = renderToStaticMarkup(
      <TextField id="password" type="password" label="Password" required hint="At least 8 characters." autoComplete="new-password" error="Too short" registration={registration("password")} />,
    );
    expect(html).toContain('<label for="password" class="block text-sm font-medium text-slate-800">Password<span aria-hidden="true" class="text-red-600"> *</span></label>');
    expect(tag(html, "input")).toMatch(
      /^<input type="password" autoComplete="new-password" id="password" class="[^"]+" aria-invalid="true" aria-describedby="password-hint password-error" aria-required="true" name="password"\/>$/,
    );
    expect(html).toContain('<p id="password-hint" class="text-xs text-slate-500">At least 8 characters.</p>');
    expect(html).toContain('<p id="password-error" role="alert" class="text-sm text-red-700">Too short</p>');
  });

  it("is a textarea with rows, and an optional field without an error says neither", () => {
    const html = renderToStaticMarkup(<TextField id="bio" label="Biography" rows={3} registration={registration("bio")} />);
    expect(tag(html, "textarea")).toMatch(/^<textarea rows="3" id="bio" class="[^"]+" name="bio">$/);
    expect(html).toBe(
      `<div class="space-y-1"><label for="bio" class="block text-sm font-medium text-slate-800">Biography</label>${tag(html, "textarea")}</textarea></div>`,
    );
  });
});

describe("SelectField", () => {
  it("offers an empty choice first, then the choices by id", () => {
    const html = renderToStaticMarkup(
      <SelectField id="track" label="Track" empty="None" choices={[{ id: 3, name: "Web" }, { id: 5, name: "Data" }]} registration={registration("trackId")} />,
    );
    expect(/<select [^>]*>(.*)<\/select>/.exec(html)?.[1]).toBe('<option value="">None</option><option value="3">Web</option><option value="5">Data</option>');
  });
});
