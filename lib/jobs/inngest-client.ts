import { Inngest } from "inngest";
import { env } from "../env";

/**
 * The one Inngest client (re-exported by `inngest/client.ts`). It lives in lib because
 * `enqueue` sends events with it and lib does not import the `inngest/` folder.
 *
 * Development mode is never switched on here: in that mode the SDK skips request signatures,
 * and `/api/inngest` would let anyone run functions. A self-hosted dev server therefore needs
 * `INNGEST_DEV=1` (read by the SDK) or a signing key.
 */
export const inngest = new Inngest({
  id: "open-event",
  eventKey: env().INNGEST_EVENT_KEY,
  signingKey: env().INNGEST_SIGNING_KEY,
  baseUrl: env().INNGEST_BASE_URL,
});
