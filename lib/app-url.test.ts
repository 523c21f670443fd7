import { describe, expect, test } from "vitest";
import { defaultAppUrl, localAppUrl, nextListenAddress } from "./app-url";

describe("nextListenAddress", () => {
  test("reads Next's -p/--port and -H/--hostname in all their spellings", () => {
    expect(nextListenAddress([], {})).toEqual({ port: 3000 });
    expect(nextListenAddress(["-p", "4000"], {})).toEqual({ port: 4000 });
    expect(nextListenAddress(["-p4001"], {})).toEqual({ port: 4001 });
    expect(nextListenAddress(["--port", "4002"], {})).toEqual({ port: 4002 });
    expect(nextListenAddress(["--port=4003", "-H", "10.0.0.5"], {})).toEqual({ port: 4003, hostname: "10.0.0.5" });
    expect(nextListenAddress(["--hostname=events.internal", "--keepAliveTimeout", "5000"], {})).toEqual({ port: 3000, hostname: "events.internal" });
    expect(nextListenAddress(["-Hlocalhost"], {})).toEqual({ port: 3000, hostname: "localhost" });
  });

  test("the port option wins over PORT, PORT over the default; HOSTNAME is never read", () => {
    expect(nextListenAddress([], { PORT: "4123" })).toEqual({ port: 4123 });
    expect(nextListenAddress(["-p", "5000"], { PORT: "4123" })).toEqual({ port: 5000 });
    expect(nextListenAddress([], { PORT: "4123", HOSTNAME: "3f2a9c0d7e1b" })).toEqual({ port: 4123 });
  });

  test("a port that is not one is ignored rather than put into links", () => {
    expect(nextListenAddress(["-p", "http"], { PORT: "99999" })).toEqual({ port: 3000 });
    expect(nextListenAddress([], { PORT: "" })).toEqual({ port: 3000 });
  });
});

describe("localAppUrl", () => {
  test("a server on every interface is reached as localhost; a named host as itself", () => {
    expect(localAppUrl({ port: 3000 })).toBe("http://localhost:3000");
    expect(localAppUrl({ port: 4000, hostname: "0.0.0.0" })).toBe("http://localhost:4000");
    expect(localAppUrl({ port: 4000, hostname: "::" })).toBe("http://localhost:4000");
    expect(localAppUrl({ port: 4000, hostname: "127.0.0.1" })).toBe("http://127.0.0.1:4000");
    expect(localAppUrl({ port: 4000, hostname: "::1" })).toBe("http://[::1]:4000");
    expect(localAppUrl({ port: 4000, hostname: "events.internal" })).toBe("http://events.internal:4000");
  });

  test("the app's default follows the port Next listens on (PORT)", () => {
    expect(defaultAppUrl({})).toBe("http://localhost:3000");
    expect(defaultAppUrl({ PORT: "4123" })).toBe("http://localhost:4123");
  });
});
