import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or you are not allowed to see it.</p>
      <Link href="/" className={buttonClasses("primary", "mt-6")}>
        Go to the home page
      </Link>
    </div>
  );
}
