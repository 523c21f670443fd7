import { describe, expect, it } from "vitest";
import { judge, MISSING, order, plan, sampleAttributes, signature, type Answer, type Row } from "./probe";
import { oesPairs, type OesPair } from "./reference";

/** The rules of `npm run oes:coverage`: which URL each pair gets, and when an answer counts. */

const pair = (key: string): OesPair => {
  const found = oesPairs().find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no OES pair ${key}`);
  return found;
};

const demo = new Map<string, Row>([
  ["events", { id: "1", identifier: "ots2027" }],
  ["sessions", { id: "5" }],
  ["notifications", { id: "8" }],
]);
const throwaway = new Map<string, Row>([
  ["events", { id: "2", identifier: "probe123", type: "event" }],
  ["sessions", { id: "42", type: "session" }],
]);
const none = new Set<string>();

const answer = (status: number, contentType: string, body?: unknown): Answer => ({
  status,
  contentType,
  text: body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body),
  json: body === undefined || typeof body === "string" ? undefined : body,
});
const NEXT_NOT_FOUND = answer(404, "text/html", "<!DOCTYPE html><html>…</html>");
const noRoute = signature(NEXT_NOT_FOUND);
const notFound = answer(404, "application/vnd.api+json", { errors: [{ status: "404", code: "NOT_FOUND", title: "Not found", detail: "Event not found" }] });

describe("the URL of a pair", () => {
  it("reads demo rows: ids, and the event's identifier for {…identifier}", () => {
    expect(plan(pair("GET /v1/events/{event_id}/sessions"), demo, throwaway, none)).toEqual({
      pair: pair("GET /v1/events/{event_id}/sessions"),
      url: "/v1/events/1/sessions",
      namesMissingRow: false,
    });
    expect(plan(pair("GET /v1/events/{event_identifier}/sessions"), demo, throwaway, none).url).toBe("/v1/events/ots2027/sessions");
  });

  it("names no row where the demo data has none of the kind, so that a 404 is the right answer", () => {
    expect(plan(pair("GET /v1/mails/{id}"), demo, throwaway, none)).toMatchObject({ url: `/v1/mails/${MISSING.id}`, namesMissingRow: true });
    expect(plan(pair("GET /v1/tasks/{task_id}"), demo, throwaway, none)).toMatchObject({ url: `/v1/tasks/${MISSING.uuid}`, namesMissingRow: true });
  });

  it("writes only to throw-away rows: a DELETE without one gets the stand-in, never a demo row", () => {
    expect(plan(pair("DELETE /v1/sessions/{id}"), demo, throwaway, none)).toMatchObject({ url: "/v1/sessions/42", namesMissingRow: false });
    expect(plan(pair("DELETE /v1/sessions/{id}"), demo, new Map(), none)).toMatchObject({ url: `/v1/sessions/${MISSING.id}`, namesMissingRow: true });
    expect(plan(pair("POST /v1/events/{event_identifier}/export/json"), demo, throwaway, none).url).toBe("/v1/events/probe123/export/json");
  });

  it("a PATCH of a detail without a throw-away row goes to a demo row (it sends no attributes); a relationship write gets the stand-in", () => {
    expect(plan(pair("PATCH /v1/notifications/{id}"), demo, throwaway, none)).toMatchObject({ url: "/v1/notifications/8", namesMissingRow: false });
    expect(plan(pair("PATCH /v1/notifications/{id}/relationships/user"), demo, throwaway, none)).toMatchObject({
      url: `/v1/notifications/${MISSING.id}/relationships/user`,
      namesMissingRow: true,
    });
  });

  it("a throw-away row deleted before names no row any more", () => {
    expect(plan(pair("DELETE /v1/events/{identifier}"), demo, throwaway, new Set(["event"]))).toMatchObject({ url: "/v1/events/probe123", namesMissingRow: true });
    // Also through another row's path: the session is still there, its event is not.
    expect(plan(pair("DELETE /v1/sessions/{session_id}/event"), demo, throwaway, new Set(["event"]))).toMatchObject({ url: "/v1/sessions/42/event", namesMissingRow: true });
    expect(plan(pair("DELETE /v1/sessions/{session_id}/event"), demo, throwaway, none)).toMatchObject({ url: "/v1/sessions/42/event", namesMissingRow: false });
  });

  it("imports name their source type", () => {
    expect(plan(pair("POST /v1/events/import/{source_type}"), demo, throwaway, none).url).toBe("/v1/events/import/json");
  });
});

describe("when an answer counts", () => {
  const planned = (key: string, namesMissingRow = false) => ({ pair: pair(key), url: "/x", namesMissingRow });

  it("not: Next's not-found page (no route), 405, 501, 5xx, no answer at all", () => {
    expect(judge(planned("GET /v1/mails"), NEXT_NOT_FOUND, noRoute)).toEqual({ status: 404, answered: false, why: "no route" });
    expect(judge(planned("DELETE /v1/events/{event_id}/event-type"), answer(405, ""), noRoute)).toEqual({ status: 405, answered: false, why: "method not served" });
    expect(judge(planned("GET /v1/mails"), answer(501, "application/vnd.api+json", { errors: [] }), noRoute)).toEqual({ status: 501, answered: false, why: "method not served" });
    expect(judge(planned("GET /v1/mails"), answer(500, "application/vnd.api+json", { errors: [] }), noRoute)).toEqual({ status: 500, answered: false, why: "server error" });
    expect(judge(planned("GET /v1/mails"), new Error("ECONNRESET"), noRoute)).toEqual({ status: 0, answered: false, why: "no answer: ECONNRESET" });
  });

  it("a JSON:API 404 only when the URL names no row, or refuses a write at a URL that reads", () => {
    expect(judge(planned("GET /v1/events/upcoming"), notFound, noRoute)).toEqual({ status: 404, answered: false, why: "404 for an existing row or a literal path" });
    expect(judge(planned("DELETE /v1/sessions/{id}", true), notFound, noRoute)).toEqual({ status: 404, answered: true });
    expect(judge(planned("PATCH /v1/notifications/{id}"), notFound, noRoute, true)).toEqual({ status: 404, answered: true });
  });

  it("a JSON:API document (data, errors or meta), any JSON object or list from OES's non-JSON:API routes, a 204, any file where a file is the answer", () => {
    expect(judge(planned("GET /v1/events"), answer(200, "application/vnd.api+json", { data: [] }), noRoute)).toEqual({ status: 200, answered: true });
    expect(judge(planned("POST /v1/events"), answer(422, "application/vnd.api+json", { errors: [{ status: "422" }] }), noRoute)).toEqual({ status: 422, answered: true });
    expect(judge(planned("DELETE /v1/sessions/{id}"), answer(200, "application/vnd.api+json", { meta: { message: "Object successfully deleted" } }), noRoute)).toEqual({
      status: 200,
      answered: true,
    });
    expect(judge(planned("GET /v1/events"), answer(200, "application/json", { events: [] }), noRoute)).toEqual({ status: 200, answered: false, why: "not a JSON:API document" });
    expect(judge(planned("GET /v1/tasks/{task_id}"), answer(200, "application/json", { state: "SUCCESS" }), noRoute)).toEqual({ status: 200, answered: true });
    expect(judge(planned("GET /v1/tasks/{task_id}"), answer(200, "text/plain", "SUCCESS"), noRoute)).toEqual({ status: 200, answered: false, why: "not JSON (text/plain)" });
    // Some answer a list, as OES's do.
    expect(judge(planned("GET /v1/events/{event_identifier}/sessions/dates"), answer(200, "application/json", ["2027-03-11"]), noRoute)).toEqual({ status: 200, answered: true });
    expect(judge(planned("GET /v1/events"), answer(200, "application/json", []), noRoute)).toEqual({ status: 200, answered: false, why: "not JSON (application/json)" });
    expect(judge(planned("DELETE /v1/sessions/{id}/relationships/speakers"), answer(204, ""), noRoute)).toEqual({ status: 204, answered: true });
    expect(judge(planned("GET /v1/events/{event_id}/exports/{path}"), answer(200, "text/calendar", "BEGIN:VCALENDAR"), noRoute)).toEqual({ status: 200, answered: true });
  });
});

describe("what a request carries and when it is sent", () => {
  it("a POST to a list carries the attributes OES requires, with values it accepts", () => {
    expect(sampleAttributes("ticket")).toEqual({
      name: "OES probe ticket",
      type: "free",
      "sales-starts-at": "2031-01-01T10:00:00Z",
      "sales-ends-at": "2031-01-01T11:00:00Z",
    });
    expect(sampleAttributes("social-link")).toEqual({ name: "OES probe social-link", link: "https://example.com/oes-probe" });
    expect(sampleAttributes("role-invite")).toEqual({ email: "oes-probe+role-invite@example.com", "role-name": "coorganizer" });
  });

  it("reads first, then writes, relationship writes, deletes (the event's last) and, at the very end, what may end a token", () => {
    const keys = [
      "POST /v1/auth/logout",
      "DELETE /v1/events/{id}",
      "POST /v1/auth/change-password",
      "DELETE /v1/sessions/{id}",
      "DELETE /v1/sessions/{id}/relationships/speakers",
      "PATCH /v1/sessions/{id}/relationships/track",
      "PATCH /v1/sessions/{session_id}/track",
      "PATCH /v1/sessions/{id}",
      "GET /v1/sessions/{id}",
    ];
    expect(keys.map(pair).sort((a, b) => order(a) - order(b)).map((sorted) => sorted.key)).toEqual([
      "GET /v1/sessions/{id}",
      "PATCH /v1/sessions/{session_id}/track",
      "PATCH /v1/sessions/{id}",
      "PATCH /v1/sessions/{id}/relationships/track",
      "DELETE /v1/sessions/{id}/relationships/speakers",
      "DELETE /v1/sessions/{id}",
      "DELETE /v1/events/{id}",
      "POST /v1/auth/change-password",
      "POST /v1/auth/logout",
    ]);
  });
});
