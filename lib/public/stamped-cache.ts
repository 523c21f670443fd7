/**
 * Values kept in this process across requests for as long as a stamp read from the database
 * stays the same. The stamp is read on every call (one cheap query), so a write through any
 * path (a server action, the /v1 API, an import job, another instance of the app, SQL by hand)
 * shows on the next read: nothing has to remember to invalidate anything.
 *
 * The stamp is read before the value is loaded, so a value is never older than the stamp it is
 * kept under; a write committed in between only costs one extra load. Concurrent calls with the
 * same stamp share one load; a failed load is forgotten.
 */
export function stampedCache<K, V>(options: {
  /** How many keys to keep; the least recently used goes first. */
  maxEntries: number;
  stamp: (key: K) => Promise<string>;
  load: (key: K) => Promise<V>;
}): (key: K) => Promise<V> {
  const entries = new Map<K, { stamp: string; value: Promise<V> }>();
  return async (key) => {
    const stamp = await options.stamp(key);
    const kept = entries.get(key);
    entries.delete(key);
    if (kept?.stamp === stamp) {
      entries.set(key, kept); // now the most recently used
      return kept.value;
    }
    const value = options.load(key);
    entries.set(key, { stamp, value });
    for (const oldest of entries.keys()) {
      if (entries.size <= options.maxEntries) break;
      entries.delete(oldest);
    }
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}
