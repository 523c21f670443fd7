import { AppError } from "../errors";

/** A request body parsed as JSON; malformed JSON is the client's 400, not a 500. */
export async function readJson(request: Request): Promise<unknown> {
  return parseJson(await request.text());
}

/** A body already read as text, parsed as `readJson` does. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "Request body is not valid JSON");
  }
}
