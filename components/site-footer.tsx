import Link from "next/link";
import { findFooterPages } from "@/lib/pages/services";
import { SOCIAL_SETTINGS } from "@/lib/settings/schemas";
import { getSettings } from "@/lib/settings/settings";

/** The footer of every page: the platform's name and tagline, its footer pages and links (admin settings). */
export async function SiteFooter() {
  const [settings, pages] = await Promise.all([getSettings(), findFooterPages()]);
  const links = [
    ...SOCIAL_SETTINGS.flatMap(([key, label]) => (settings[key] ? [{ href: settings[key], label }] : [])),
    ...(settings.supportUrl ? [{ href: settings.supportUrl, label: "Support" }] : []),
  ];
  return (
    <footer className="border-t border-slate-200 px-4 py-6 text-center text-xs text-slate-500">
      <div className="mx-auto flex max-w-5xl flex-col items-center gap-2">
        <p>
          {settings.appName}
          {settings.tagline ? ` — ${settings.tagline}` : ""}
        </p>
        {pages.length || links.length ? (
          <nav aria-label="Footer">
            <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1">
              {pages.map((page) => (
                <li key={page.url}>
                  <Link href={`/pages/${page.url}`} className="hover:text-slate-800 hover:underline">
                    {page.name}
                  </Link>
                </li>
              ))}
              {links.map((link) => (
                <li key={link.label}>
                  <a href={link.href} rel="noopener noreferrer" className="hover:text-slate-800 hover:underline">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </footer>
  );
}
