import type { ReactNode } from "react";

/**
 * A titled white card of a dashboard page (the event's numbers, the team's invite form, an
 * export). `danger` marks the card that holds a page's irreversible action.
 */
export function Card({
  id,
  title,
  description,
  tone = "default",
  children,
}: {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  tone?: "default" | "danger";
  children?: ReactNode;
}) {
  const danger = tone === "danger";
  return (
    <section aria-labelledby={id} className={`rounded-xl border ${danger ? "border-red-200" : "border-slate-200"} bg-white p-5 shadow-sm sm:p-6`}>
      <h2 id={id} className={danger ? "text-base font-semibold text-red-800" : "text-base font-semibold"}>
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      {children}
    </section>
  );
}
