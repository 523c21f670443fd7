"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

// Next 16 passes `retry` (re-fetch and re-render) next to the older `reset`.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  // Production hides server error messages; the digest matches the server log line.
  const digest = error instanceof Error && "digest" in error ? String((error as Error & { digest?: string }).digest) : null;
  return (
    <div role="alert" className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="mt-2 text-slate-600">The page could not be shown. Please try again.</p>
      {digest ? <p className="mt-1 text-xs text-slate-400">Reference: {digest}</p> : null}
      <Button className="mt-6" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}
