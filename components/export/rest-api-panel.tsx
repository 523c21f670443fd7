"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { JsonView } from "./json-view";

/** The relationships a REST consumer most often includes (member names of `GET /v1/events/{id}`). */
const INCLUDES = [
  { name: "sessions", label: "Sessions" },
  { name: "microlocations", label: "Microlocations" },
  { name: "tracks", label: "Tracks" },
  { name: "speakers", label: "Speakers" },
  { name: "sponsors", label: "Sponsors" },
  { name: "tickets", label: "Tickets" },
] as const;

type IncludeName = (typeof INCLUDES)[number]["name"];

const noSubscription = () => () => {};

export function apiUrl(identifier: string, includes: readonly IncludeName[]): string {
  const path = `/v1/events/${encodeURIComponent(identifier)}`;
  return includes.length ? `${path}?include=${includes.join(",")}` : path;
}

/**
 * "Access event information via REST API": builds the public API URL from toggles and shows
 * its live answer. The request goes without cookies, so the panel shows exactly what an
 * anonymous API client gets, not the organizer's own (private) view.
 */
export function RestApiPanel({ identifier, published }: { identifier: string; published: boolean }) {
  const [selected, setSelected] = useState<IncludeName[]>([]);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const path = apiUrl(identifier, INCLUDES.map((i) => i.name).filter((name) => selected.includes(name)));
  // The origin is only known in the browser; the server render shows the path alone.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");

  const response = useQuery({
    queryKey: ["public-api", path],
    enabled: published,
    staleTime: 0,
    queryFn: async ({ signal }) => {
      const res = await fetch(path, { credentials: "omit", headers: { accept: "application/vnd.api+json" }, signal });
      return { status: res.status, body: (await res.json()) as unknown };
    },
  });

  const toggle = (name: IncludeName, on: boolean) => setSelected((current) => (on ? [...current, name] : current.filter((n) => n !== name)));

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${origin}${path}`);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
    setTimeout(() => setCopied("idle"), 2_000);
  }

  return (
    <Card id="rest-api" title="Access event information via REST API">
      <fieldset className="mt-3">
        <legend className="text-sm text-slate-600">Include in the response</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {INCLUDES.map((include) => (
            <label key={include.name} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={include.name}
                checked={selected.includes(include.name)}
                onChange={(event) => toggle(include.name, event.target.checked)}
                className="h-4 w-4 rounded border-slate-300"
              />
              {include.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <code data-testid="api-url" className="min-w-0 flex-1 break-all rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-sm">
          {origin}
          {path}
        </code>
        <Button variant="secondary" onClick={copy}>
          Copy
        </Button>
        <span role="status" aria-live="polite" className="text-sm text-slate-600">
          {copied === "copied" ? "Copied to clipboard" : copied === "failed" ? "Copy failed: select the URL and copy it" : ""}
        </span>
      </div>
      <div className="mt-4">
        {!published ? (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">Publish the event to access its information through the public API</p>
        ) : response.isPending ? (
          <p className="text-sm text-slate-600">Loading…</p>
        ) : response.isError ? (
          <p role="alert" className="text-sm text-red-700">
            The API could not be reached.
          </p>
        ) : (
          <div aria-busy={response.isFetching}>
            <p className="mb-2 text-xs text-slate-500">HTTP {response.data.status}</p>
            <JsonView value={response.data.body} label="API response" />
          </div>
        )}
      </div>
    </Card>
  );
}
