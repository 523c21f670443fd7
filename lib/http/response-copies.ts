/**
 * Copies of rendered responses kept in this process, each under the stamp it was rendered for:
 * a request whose stamp (read from the database for it) differs, or that comes more than
 * `maxAgeMs` after the render, renders afresh. Concurrent requests for a copy being rendered
 * share the render; only answers `keeps` accepts are kept (the others are rendered each time),
 * the least recently used leaving first beyond `maxBytes`. The public page cache
 * (lib/public/page-cache.ts) and the API's anonymous documents (lib/api/anonymous-copies.ts) use it.
 */

/** A response as rendered: what every caller of the copy is sent. */
export interface RenderedResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

interface Copy {
  stamp: string;
  expires: number;
  rendered: Promise<RenderedResponse>;
  bytes: number;
}

export interface ResponseCopies {
  /** The copy of `key` for `stamp`, rendered by `render` when there is none; `state` says which. */
  (key: string, stamp: string, render: () => Promise<RenderedResponse>): Promise<{ response: RenderedResponse; state: "hit" | "render" }>;
}

export function responseCopies(options: {
  maxBytes: number;
  maxAgeMs: number;
  keeps: (response: RenderedResponse) => boolean;
  now?: () => number;
}): ResponseCopies {
  const now = options.now ?? Date.now;
  const copies = new Map<string, Copy>();
  let bytes = 0;

  function forget(key: string, copy: Copy) {
    if (copies.get(key) !== copy) return;
    copies.delete(key);
    bytes -= copy.bytes;
  }

  function fresh(key: string, stamp: string, render: () => Promise<RenderedResponse>): Copy {
    const previous = copies.get(key);
    if (previous) forget(key, previous);
    const copy: Copy = { stamp, expires: now() + options.maxAgeMs, rendered: render(), bytes: 0 };
    copies.set(key, copy);
    copy.rendered.then(
      (response) => {
        if (copies.get(key) !== copy) return;
        if (!options.keeps(response)) return forget(key, copy);
        copy.bytes = response.body.byteLength;
        bytes += copy.bytes;
        for (const [oldKey, old] of copies) {
          if (bytes <= options.maxBytes || old === copy) break;
          forget(oldKey, old);
        }
      },
      () => forget(key, copy),
    );
    return copy;
  }

  return async (key, stamp, render) => {
    let copy = copies.get(key);
    let state: "hit" | "render" = "hit";
    if (!copy || copy.stamp !== stamp || copy.expires <= now()) {
      copy = fresh(key, stamp, render);
      state = "render";
    } else {
      copies.delete(key); // now the most recently used
      copies.set(key, copy);
    }
    return { response: await copy.rendered, state };
  };
}

/**
 * `load` with at most one call per key in flight: calls that arrive while one runs share the
 * next call, which starts when it ends. Each caller's answer comes from a call that started
 * after the caller asked, so a write committed before a request is seen by it, and under load
 * one stamp statement answers every request that arrived while the previous one ran.
 */
export function coalesced<V>(load: (key: string) => Promise<V>): (key: string) => Promise<V> {
  const running = new Map<string, Promise<unknown>>();
  const next = new Map<string, Promise<V>>();
  const start = (key: string): Promise<V> => {
    const call = load(key);
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    running.set(key, settled);
    void settled.then(() => {
      if (running.get(key) === settled) running.delete(key);
    });
    return call;
  };
  return (key) => {
    const waiting = next.get(key);
    if (waiting) return waiting;
    const inFlight = running.get(key);
    if (!inFlight) return start(key);
    const queued = inFlight.then(() => {
      next.delete(key);
      return start(key);
    });
    next.set(key, queued);
    return queued;
  };
}

/** The response a copy is sent as, with `x-open-event-cache` saying whether it was kept (`hit`) or rendered now. */
export function sendCopy({ response, state }: { response: RenderedResponse; state: "hit" | "render" }): Response {
  const headers = new Headers(response.headers);
  headers.set("x-open-event-cache", state);
  return new Response(response.body, { status: response.status, headers });
}
