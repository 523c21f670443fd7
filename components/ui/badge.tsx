import type { ReactNode } from "react";

const TONES = {
  green: "bg-green-100 text-green-800 ring-green-600/20",
  amber: "bg-amber-100 text-amber-900 ring-amber-600/20",
  slate: "bg-slate-100 text-slate-700 ring-slate-500/20",
} as const;

export function Badge({ tone = "slate", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}

export function EventStateBadge({ state }: { state: "draft" | "published" }) {
  return state === "published" ? <Badge tone="green">Published</Badge> : <Badge tone="amber">Draft</Badge>;
}
