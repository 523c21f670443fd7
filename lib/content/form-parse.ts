/* Pure (zod only): imported by browser forms as well as by server code. */

/**
 * zod's own wording for a missing or unreadable value ("Invalid input: expected number, received
 * undefined") is written for programmers. Forms pass these parse options (client and server
 * alike) so an empty required field says so plainly; every other message is the schema's.
 */
export const FORM_PARSE_OPTIONS = {
  error: (issue: { code?: string; input?: unknown; expected?: string }) => {
    if (issue.code !== "invalid_type") return undefined;
    if (issue.input === undefined || issue.input === null || issue.input === "") return "Required";
    if (typeof issue.input === "number" && Number.isNaN(issue.input)) return "Must be a number";
    return undefined;
  },
};
