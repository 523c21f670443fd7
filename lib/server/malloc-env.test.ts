import { expect, test } from "vitest";
import { withServerMallocEnv } from "./malloc-env";

test("the server's environment gets glibc's fixed mmap threshold unless it sets one itself", () => {
  expect(withServerMallocEnv({ NODE_ENV: "production", PORT: "3000" })).toEqual({ NODE_ENV: "production", PORT: "3000", MALLOC_MMAP_THRESHOLD_: "131072" });
  expect(withServerMallocEnv({ NODE_ENV: "production", MALLOC_MMAP_THRESHOLD_: "1048576" })).toEqual({ NODE_ENV: "production", MALLOC_MMAP_THRESHOLD_: "1048576" });
});
