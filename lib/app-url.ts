/**
 * The origin links and mails point to when APP_URL is unset: this server's own address. Kept
 * free of imports: lib/env.ts and scripts/run.ts (before Next starts) both use it.
 */

const DEFAULT_PORT = 3000;

export interface ListenAddress {
  port: number;
  /** What `-H` names; absent when Next listens on every interface. */
  hostname?: string;
}

function portOf(value: string | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const port = Number(value);
  return port > 0 && port < 65536 ? port : undefined;
}

/**
 * `http://<host>:<port>` of a server listening there. On every interface (no hostname,
 * `0.0.0.0`, `::`) the machine's own name for itself is `localhost`, as Next prints it.
 */
export function localAppUrl({ port, hostname }: ListenAddress): string {
  const wildcard = !hostname || hostname === "0.0.0.0" || hostname === "::" || hostname === "[::]";
  const host = wildcard ? "localhost" : hostname.includes(":") && !hostname.startsWith("[") ? `[${hostname}]` : hostname;
  return `http://${host}:${port}`;
}

/** APP_URL's default inside the server: Next records the port it listens on in PORT. */
export function defaultAppUrl(env: Readonly<Record<string, string | undefined>>): string {
  return localAppUrl({ port: portOf(env.PORT) ?? DEFAULT_PORT });
}

/**
 * Where `next dev|start <args>` will listen, read as Next's CLI reads it: `-p/--port` (else
 * PORT, else 3000) and `-H/--hostname` (never the HOSTNAME variable, which Next ignores and
 * containers set to their id).
 */
export function nextListenAddress(args: readonly string[], env: Readonly<Record<string, string | undefined>>): ListenAddress {
  let port: number | undefined;
  let hostname: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") break;
    const option = /^(-p|--port|-H|--hostname)(?:=(.*))?$/.exec(arg) ?? /^(-p|-H)(.+)$/.exec(arg);
    if (!option) continue;
    const value = option[2] ?? args[++i];
    if (option[1] === "-p" || option[1] === "--port") port = portOf(value) ?? port;
    else if (value) hostname = value;
  }
  return { port: port ?? portOf(env.PORT) ?? DEFAULT_PORT, ...(hostname ? { hostname } : {}) };
}
