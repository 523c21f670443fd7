import { expect, test } from "@playwright/test";
import { DEV_PASSWORD, ORGANIZER_EMAIL } from "../fixtures/auth";

type Doc = { data: { id: string; attributes: Record<string, unknown> }[] };

test("[ATTENDEE] no public page of the demo event shows a speaker's email or mobile number", async ({ request, playwright }, testInfo) => {
  test.setTimeout(180_000);
  // What must never leak, read as the organizer through the API.
  const login = await request.post("/v1/auth/login", { data: { email: ORGANIZER_EMAIL, password: DEV_PASSWORD } });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const staff = await request.get("/v1/events/ots2027/speakers?page[size]=100", { headers: { authorization: `JWT ${token}` } });
  const speakers = ((await staff.json()) as Doc).data;
  const secrets = speakers.flatMap((speaker) => [speaker.attributes.email, speaker.attributes.mobile]).filter((value): value is string => typeof value === "string" && value.length > 3);
  // The check can only pass meaningfully if there is something to find.
  expect(secrets.length).toBeGreaterThan(20);

  // Everything below is fetched without any credentials.
  const visitor = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const publicSessions = ((await (await visitor.get("/v1/events/ots2027/sessions?page[size]=100")).json()) as Doc).data;
    const publicSpeakers = ((await (await visitor.get("/v1/events/ots2027/speakers?page[size]=100")).json()) as Doc).data;
    expect(publicSessions.length).toBeGreaterThan(10);
    expect(publicSpeakers.length).toBeGreaterThan(10);
    const pages = [
      "/",
      "/e/ots2027",
      "/e/ots2027/schedule",
      "/e/ots2027/speakers",
      ...publicSpeakers.map((speaker) => `/e/ots2027/speakers/${speaker.id}`),
      ...publicSessions.map((session) => `/e/ots2027/sessions/${session.id}`),
    ];
    for (const path of pages) {
      const response = await visitor.get(path);
      expect(response.status(), path).toBe(200);
      const html = (await response.text()).toLowerCase();
      const leaked = secrets.filter((secret) => html.includes(secret.toLowerCase()));
      expect(leaked, `${path} shows private speaker data`).toEqual([]);
    }
  } finally {
    await visitor.dispose();
  }
});
