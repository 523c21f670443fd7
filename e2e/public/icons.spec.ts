import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

test("[ATTENDEE] gets the site icon at /favicon.ico and from every icon link of a page", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe("image/x-icon");
  expect((await favicon.body()).equals(await readFile("app/favicon.ico"))).toBe(true);

  await page.goto("/e/ots2027");
  const links = await page.locator('head link[rel="icon"]').evaluateAll((elements) =>
    elements.map((element) => ({ href: element.getAttribute("href") ?? "", type: element.getAttribute("type") })),
  );
  expect(links.map(({ type }) => type).sort()).toEqual(["image/svg+xml", "image/x-icon"]);
  for (const { href, type } of links) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toBe(type);
  }
});
