import { expect, test } from "vitest";
import { GET, POST, PUT } from "./route";

// Vitest runs without Inngest configured: the embedded runner does the work.
test("/api/inngest does not exist without Inngest configured", async () => {
  for (const handler of [GET, POST, PUT]) {
    const response = await handler(new Request("http://localhost/api/inngest", { method: "GET" }) as never, undefined);
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 404,
      body: {
        errors: [{ status: "404", code: "NOT_FOUND", title: "Not found", detail: "Resource not found" }],
        jsonapi: { version: "1.1" },
      },
    });
  }
});
