// The client is created in lib so that `enqueue` (lib) can send events without importing this folder.
export { inngest } from "@/lib/jobs/inngest-client";
