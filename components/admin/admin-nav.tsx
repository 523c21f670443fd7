"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/admin", label: "Dashboard", exact: true },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/events", label: "Events" },
  { href: "/admin/sessions", label: "Sessions" },
  { href: "/admin/event-topics", label: "Topics" },
  { href: "/admin/event-types", label: "Types" },
  { href: "/admin/mails", label: "Mail log" },
  { href: "/admin/messages", label: "Messages" },
  { href: "/admin/image-sizes", label: "Image sizes" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/pages", label: "Pages" },
];

export function AdminNav() {
  const pathname = usePathname();
  return (
    // Wraps rather than scrolls: nine entries do not fit a phone's width on one line.
    <nav aria-label="Admin" className="flex flex-wrap gap-x-1 border-b border-slate-200 text-sm">
      <span className="mr-2 self-center font-semibold text-slate-500">Admin</span>
      {LINKS.map((link) => {
        const current = link.exact ? pathname === link.href : pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 ${current ? "border-brand-600 font-medium text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
