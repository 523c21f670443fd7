import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { buttonClasses } from "@/components/ui/button";

/** The header on every page: brand, the organizer's way into the dashboard, and who is signed in. */
export function SiteHeader({ actor }: { actor: Actor }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
            OE
          </span>
          Open Event
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1 text-sm sm:gap-2">
          <Link href="/events" className={buttonClasses("ghost", "px-3")}>
            My events
          </Link>
          {actor ? (
            <>
              {/* Speakers' own proposals across events (any signed-in user may have some). */}
              <Link href="/my-sessions" className={buttonClasses("ghost", "px-3")}>
                My sessions
              </Link>
              <NotificationBell userId={actor.id} />
              {actor.isAdmin || actor.isSuperAdmin ? (
                <Link href="/admin" className={buttonClasses("ghost", "px-3")}>
                  Admin
                </Link>
              ) : null}
              <Link
                href="/account"
                className="hidden max-w-48 truncate px-2 text-slate-500 hover:text-slate-900 sm:inline"
                title={`Account settings for ${actor.email}`}
              >
                {actor.email}
              </Link>
              <Link href="/sign-out" className={buttonClasses("secondary", "px-3")}>
                Sign out
              </Link>
            </>
          ) : (
            <>
              <Link href="/sign-in" className={buttonClasses("ghost", "px-3")}>
                Sign in
              </Link>
              <Link href="/sign-up" className={buttonClasses("primary", "px-3")}>
                Create account
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
