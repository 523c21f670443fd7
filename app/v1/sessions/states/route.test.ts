import { describe, expect, it } from "vitest";
import { adminAndUserTokens, noParams, request } from "@/lib/testing/api";
import { GET } from "./route";

/** `GET /v1/sessions/states`: Open Event's map of who may move a session from which state to which. */

const EXPECTED = {
  organizer: {
    draft: { pending: true, withdrawn: true },
    pending: { withdrawn: true, accepted: true, rejected: true },
    accepted: { withdrawn: true, rejected: true, pending: true, confirmed: true, canceled: true },
    confirmed: { withdrawn: true, pending: true, canceled: true },
    rejected: { pending: true },
    withdrawn: { pending: true },
    canceled: { pending: true },
  },
  reviewer: {
    draft: {},
    pending: { accepted: true, rejected: true },
    accepted: { rejected: true, pending: true },
    confirmed: { pending: true },
    rejected: { pending: true },
    withdrawn: { pending: true },
    canceled: { pending: true },
  },
  speaker: {
    draft: { pending: true, withdrawn: true },
    pending: { withdrawn: true },
    accepted: { withdrawn: true },
    confirmed: { withdrawn: true },
    rejected: {},
    withdrawn: {},
    canceled: {},
  },
};

describe("GET /v1/sessions/states", () => {
  it("answers the state map as plain JSON, the same to everyone", async () => {
    const { adminToken } = await adminAndUserTokens();
    for (const token of [undefined, adminToken]) {
      const response = await GET(request("GET", "/v1/sessions/states", { token }), noParams);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toEqual(EXPECTED);
    }
  });
});
