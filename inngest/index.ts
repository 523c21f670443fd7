import { ping } from "./functions/ping";

/** Every function served at /api/inngest; one per job in lib/jobs/registry.ts. */
export const functions = [ping];
