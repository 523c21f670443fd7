import type { ReactNode } from "react";

/** Sign-in, sign-up and sign-out share one narrow, centred card that fits a phone screen. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-sm py-4 sm:py-10">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
    </div>
  );
}
