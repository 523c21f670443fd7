import type { ReactNode } from "react";

/** One titled card of a long form (a session's content, its speakers, its programme, …). */
export function FormSection({ id, title, className = "space-y-4", children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${className} rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6`}>
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
