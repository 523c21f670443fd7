import { expect, test } from "vitest";
import { withServerMallocEnv } from "./malloc-env";

test("the server's environment gets glibc's fixed mmap threshold unless it sets one itself", () => {
  expect(withServerMallocEnv({ PORT: "3000" })).toEqual({ PORT: "3000", MALLOC_MMAP_THRESHOLD_: "131072" });
  expect(withServerMallocEnv({ MALLOC_MMAP_THRESHOLD_: "1048576" })).toEqual({ MALLOC_MMAP_THRESHOLD_: "1048576" });
});
