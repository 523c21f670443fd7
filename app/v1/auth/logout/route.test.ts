import { describe, expect, it } from "vitest";
import { authRequest } from "@/lib/testing/auth-requests";
import { POST } from "./route";

describe("POST /v1/auth/logout", () => {
  it("answers {success: true}; a browser's session cookies (chunks included) are deleted, others left alone", async () => {
    const response = await POST(
      authRequest("/v1/auth/logout", {
        type: null,
        cookie: "theme=dark; authjs.session-token=abc; __Secure-authjs.session-token.0=x; __Secure-authjs.session-token.1=y; authjs.session-token.x=z; authjs.csrf-token=t",
      }),
    );
    expect({ status: response.status, type: response.headers.get("content-type"), body: await response.json(), cookies: response.headers.getSetCookie() }).toEqual({
      status: 200,
      type: "application/json",
      body: { success: true },
      cookies: [
        "__Secure-authjs.session-token.0=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax; Secure",
        "__Secure-authjs.session-token.1=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax; Secure",
        "authjs.session-token=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax",
      ],
    });
  });

  it("answers the same to a token client, with or without a body, and sets no cookie", async () => {
    for (const init of [{ token: "anything" }, { body: {} }, { raw: "not json", type: "text/plain" }]) {
      const response = await POST(authRequest("/v1/auth/logout", init));
      expect({ status: response.status, body: await response.json(), cookies: response.headers.getSetCookie() }).toEqual({ status: 200, body: { success: true }, cookies: [] });
    }
  });
});
