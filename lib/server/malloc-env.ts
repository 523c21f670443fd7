/**
 * glibc malloc settings for the Next.js server process, set by whatever starts it (`npm start`,
 * `npm run dev`, the bench, the end-to-end server) unless the environment already sets them.
 *
 * `MALLOC_MMAP_THRESHOLD_`: allocations from 128 KB up are mapped on their own and given back to
 * the system when freed. By default glibc raises that threshold to the size of any mapped block
 * freed (up to 32 MB), after which an export's large buffers (database replies, the rendered
 * file) come from malloc's heaps, whose freed space stays resident: a 10,000-session export left
 * the server about 140 MB larger, and its peak was 40-70 MB higher.
 */
export function withServerMallocEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MALLOC_MMAP_THRESHOLD_: "131072", ...env };
}
