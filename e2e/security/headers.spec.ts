import { expect, test, type APIResponse } from "@playwright/test";
import { DEV_PASSWORD, ORGANIZER_EMAIL, signIn, signOut } from "../fixtures/auth";

/** The seeded demo event (prisma/seed). */
const EVENT = "ots2027";

const SECURITY = {
  "content-security-policy": "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
};

const securityOf = (response: APIResponse) => Object.fromEntries(Object.keys(SECURITY).map((name) => [name, response.headers()[name] ?? null]));

test("[ANYONE] pages and API responses carry the security headers", async ({ request }) => {
  for (const path of ["/", `/e/${EVENT}`, `/e/${EVENT}/schedule`, "/v1/events", "/no-such-page"]) {
    const response = await request.get(path);
    expect([path, response.status() < 500, securityOf(response)]).toEqual([path, true, SECURITY]);
  }
});

test("[ANYONE] another site cannot show a page of this one in a frame", async ({ page, baseURL }) => {
  // about:blank stands for a foreign page: its origin is not this site's.
  await page.setContent(`<iframe title="framed" src="${baseURL}/e/${EVENT}"></iframe>`);
  const framed = page.frameLocator("iframe[title=framed]");
  await expect(framed.getByRole("heading", { level: 1 })).toHaveCount(0);
  await expect.poll(() => page.frames()[1]?.url()).toBe("chrome-error://chromewebdata/");
});

test("[ANYONE] a server action from another site or without Origin is refused with 403", async ({ request, baseURL }) => {
  const action = { "next-action": "00".repeat(21), "content-type": "text/plain;charset=UTF-8" };
  for (const [path, origin, body] of [
    ["/", "https://evil.example", "This request comes from another site; server actions are only accepted from pages of this site."],
    [`/e/${EVENT}`, "null", "This request comes from another site; server actions are only accepted from pages of this site."],
    ["/sign-in", undefined, "This request has no Origin header; server actions are only accepted from pages of this site."],
  ] as const) {
    const response = await request.post(path, { headers: { ...action, ...(origin ? { origin } : {}) }, data: "[]" });
    expect({ path, status: response.status(), body: await response.text(), headers: securityOf(response) }).toEqual({ path, status: 403, body, headers: SECURITY });
  }
  // The same request from this site reaches Next.js, which answers an unknown action itself.
  const same = await request.post("/", { headers: { ...action, origin: baseURL! }, data: "[]" });
  expect(same.status()).not.toBe(403);
  expect(same.status()).toBeLessThan(500);

  // A form post without JavaScript (an action's <form> before hydration), from another site.
  const form = await request.post("/sign-out", { headers: { origin: "https://evil.example" }, multipart: { $ACTION_ID_x: "" } });
  expect([form.status(), await form.text()]).toEqual([403, "This request comes from another site; server actions are only accepted from pages of this site."]);
});

test("[ORGANIZER] server actions from the site's own pages still work (sign in and out)", async ({ page }) => {
  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  await signOut(page);
});

test("[ANYONE] an uploaded file keeps its own sandboxing policy", async ({ request, baseURL }) => {
  const login = await request.post("/v1/auth/login", { data: { email: ORGANIZER_EMAIL, password: DEV_PASSWORD } });
  const { access_token } = (await login.json()) as { access_token: string };
  const pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
  const uploaded = await request.post("/v1/upload/image", {
    headers: { authorization: `JWT ${access_token}` },
    data: { data: `data:image/png;base64,${pixel}` },
  });
  expect(uploaded.status()).toBe(200);
  const { url } = (await uploaded.json()) as { url: string };
  const file = await request.get(new URL(url, baseURL).pathname);
  expect(file.status()).toBe(200);
  expect(securityOf(file)).toEqual({ ...SECURITY, "content-security-policy": "default-src 'none'; sandbox" });
});
