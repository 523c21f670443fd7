"use client";
/* eslint-disable @next/next/no-img-element -- a preview of an arbitrary image URL or a fresh upload; next/image would need an allow-list (images are unoptimized anyway, see next.config.ts). */

import { useId, useRef, useState } from "react";

interface UploadAnswer {
  url?: string;
  errors?: { detail?: string }[];
}

const IMAGE_TYPES = "image/png,image/jpeg,image/gif,image/webp,image/avif";

/**
 * "Upload an image…" beside an image URL field: the picked file goes to `POST /v1/upload/image`
 * (checked by content and re-encoded there) and the stored URL is handed to the form. A preview
 * shows the current image; errors are announced beside the button. With `kind="file"` any file
 * goes to `POST /v1/upload/files` (slides, a custom file field) and no preview is shown.
 */
export function ImageUpload({
  label,
  value,
  onUploaded,
  kind = "image",
}: {
  label: string;
  value: string | null | undefined;
  onUploaded: (url: string) => void;
  kind?: "image" | "file";
}) {
  const inputId = useId();
  const statusId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ kind: "idle" | "uploading" | "done" } | { kind: "error"; message: string }>({ kind: "idle" });

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: "uploading" });
    const body = new FormData();
    body.append("file", file);
    try {
      const response = await fetch(kind === "image" ? "/v1/upload/image" : "/v1/upload/files", { method: "POST", body, credentials: "same-origin" });
      const answer = (await response.json().catch(() => null)) as UploadAnswer | null;
      if (!response.ok || !answer?.url) throw new Error(answer?.errors?.[0]?.detail ?? `The upload failed (${response.status})`);
      onUploaded(answer.url);
      setState({ kind: "done" });
    } catch (error) {
      setState({ kind: "error", message: (error as Error).message });
    } finally {
      if (inputRef.current) inputRef.current.value = "";
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-3">
      {value && kind === "image" ? <img src={value} alt="" className="h-12 w-12 rounded border border-slate-200 bg-slate-50 object-cover" /> : null}
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept={kind === "image" ? IMAGE_TYPES : undefined}
        className="sr-only"
        aria-describedby={statusId}
        onChange={(event) => void upload(event.target.files?.[0])}
      />
      <label
        htmlFor={inputId}
        className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus-within:ring-2"
      >
        {label}
      </label>
      <span id={statusId} role="status" aria-live="polite" className={`text-sm ${state.kind === "error" ? "text-red-700" : "text-slate-600"}`}>
        {state.kind === "uploading" ? "Uploading…" : state.kind === "done" ? "Uploaded; save to keep it." : state.kind === "error" ? state.message : ""}
      </span>
    </div>
  );
}
